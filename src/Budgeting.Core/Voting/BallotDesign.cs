namespace Budgeting.Core.Voting;

/// <summary>
/// The organizer's ballot settings as plain values, one column each, as the web layer stores them. Only the
/// parameters of <see cref="Type"/> count; <see cref="BallotRules.Create"/> validates a design and drops the others.
/// </summary>
/// <param name="Type">The ballot type.</param>
/// <param name="MinProjects">Approval: the least number of projects to mark (null or 0: a blank ballot counts).</param>
/// <param name="MaxProjects">Approval and knapsack: the most projects to mark (null: no limit).</param>
/// <param name="MinShareBasisPoints">
/// Knapsack: the least share of the ballot's budget the marked projects must cost, in hundredths of a percent
/// (5000 = 50 %; null or 0: none).
/// </param>
/// <param name="TotalPoints">Cumulative: the points each voter distributes.</param>
/// <param name="MaxPointsPerProject">Cumulative: the most points on one project (null: up to the total).</param>
/// <param name="MustUseAllPoints">Cumulative: whether the points must add up to exactly the total.</param>
/// <param name="Ranks">Ranked: how many projects to rank (k).</param>
/// <param name="AllowFewerRanks">Ranked: whether a voter may rank fewer than k projects.</param>
public sealed record BallotDesign(
    BallotType Type,
    int? MinProjects = null,
    int? MaxProjects = null,
    int? MinShareBasisPoints = null,
    int? TotalPoints = null,
    int? MaxPointsPerProject = null,
    bool MustUseAllPoints = false,
    int? Ranks = null,
    bool AllowFewerRanks = false)
{
    /// <summary>The design of a new process: approve at least one project, with no maximum.</summary>
    public static readonly BallotDesign Default = new(BallotType.Approval, MinProjects: 1);
}
