using Budgeting.Core.Voting;

namespace Budgeting.Core.Eligibility;

/// <summary>
/// A voter bound to one district of a process, by a census entry or a voting code: they may vote in that district's
/// box and the process's city-wide box.
/// </summary>
public sealed class DistrictEligibility(int processId, int districtId) : IVoterEligibility
{
    public bool MayVoteIn(BallotBoxId box) =>
        box.ProcessId == processId && (box.DistrictId is null || box.DistrictId == districtId);
}

/// <summary>Nobody: an account in a process that votes with codes, or one not matched to the census.</summary>
public sealed class NoEligibility : IVoterEligibility
{
    public static readonly NoEligibility Instance = new();

    public bool MayVoteIn(BallotBoxId box) => false;
}
