using Budgeting.Tallying.Engine;

namespace Budgeting.Tallying;

/// <summary>
/// Greedy utilitarian welfare (pabutools <c>greedy_utilitarian_welfare</c> with an additive satisfaction): projects
/// in decreasing order of total satisfaction divided by cost, each one funded if it fits the budget left, otherwise
/// skipped. With <see cref="Satisfaction.Cost"/> on approval ballots this is the usual "greedy by votes";
/// with <see cref="Satisfaction.PointsTimesCost"/> on cumulative ballots it is greedy by total points.
/// Projects nobody supports come last and are funded too if money is left. Free supported projects come first.
/// Arithmetic is exact (integer cross-multiplication); ties follow <see cref="TieBreaking"/>.
/// </summary>
public static class GreedyWelfare
{
    /// <summary>Runs the rule.</summary>
    /// <param name="election">The election.</param>
    /// <param name="satisfaction">The satisfaction function.</param>
    /// <param name="tieBreaking">Tie-breaking; defaults to <see cref="TieBreaking.ProjectId"/>.</param>
    /// <param name="minVotes">Projects listed by fewer voters are not considered (reason <see cref="UnfundedReason.BelowThreshold"/>).</param>
    /// <param name="ruleName">The name recorded in the result.</param>
    public static TallyResult Tally(
        Election election,
        Satisfaction satisfaction,
        TieBreaking? tieBreaking = null,
        long minVotes = 0,
        string? ruleName = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentOutOfRangeException.ThrowIfNegative(minVotes);
        var profile = UtilityProfile.Build(election, satisfaction);
        var ranks = (tieBreaking ?? TieBreaking.ProjectId).Ranks(election.Projects);
        var selection = new Selection(profile);
        GreedyCore.Complete(selection, ranks, minVotes);
        return selection.ToResult(ruleName ?? RuleNames.Greedy(satisfaction), p => GreedyCore.Reason(selection, p, minVotes));
    }
}
