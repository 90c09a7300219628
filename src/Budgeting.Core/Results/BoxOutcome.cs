using Budgeting.Tallying;

namespace Budgeting.Core.Results;

/// <summary>One project of a ballot box as the result lists it (its Pabulib id): votes (ballots that chose it), and whether it was funded.</summary>
public sealed record ProjectOutcome(string Id, string Title, long Cost, int Votes, bool Funded, UnfundedReason? Reason, long? Missing);

/// <summary>
/// The tally of one ballot box: the anonymised ballots as a Pabulib file (the input anyone can recompute from), its
/// SHA-256, and every project's outcome in the order the rule funded them, then the unfunded ones by votes.
/// </summary>
public sealed record BoxOutcome(
    string BoxKey,
    int? DistrictId,
    string Name,
    long Budget,
    int Ballots,
    string Pabulib,
    string InputSha256,
    long TotalCost,
    IReadOnlyList<ProjectOutcome> Projects);
