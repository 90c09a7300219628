using Budgeting.Core.Voting;

namespace Budgeting.Web.Eligibility;

/// <summary>Why a voter may not vote in a process, so the ballot page can say what to do about it.</summary>
public enum VoterProblem
{
    None,
    NotResident,
    NeedsCensusMatch,
    CodesOnly,
    CodeOfOtherProcess,
}

/// <summary>
/// Who is voting, as the ballot sees them: the key their participation is recorded under (an account, a census entry
/// or a code), the channel, and which boxes they may vote in.
/// </summary>
public sealed record Voter(string Key, VotingChannel Channel, IVoterEligibility Eligibility, VoterProblem Problem)
{
    public bool IsCodeVoter => Channel == VotingChannel.Code;
}
