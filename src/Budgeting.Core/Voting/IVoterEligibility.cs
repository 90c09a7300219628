namespace Budgeting.Core.Voting;

/// <summary>
/// Whether the voter at hand may vote in a ballot box. The web layer implements it per request (an account's
/// residency, a voting code bound to a district, a census match); <see cref="BallotRules.Check"/> turns a refusal
/// into <see cref="BallotErrors.NotEligible"/>. <see cref="ResidencyEligibility"/> is the rule for signed-in residents.
/// </summary>
public interface IVoterEligibility
{
    bool MayVoteIn(BallotBoxId box);
}
