using Budgeting.Tallying.Engine;

namespace Budgeting.Tallying;

/// <summary>
/// Maximum additive utilitarian welfare (pabutools <c>max_additive_utilitarian_welfare</c>): a set of projects
/// within the budget maximising the total satisfaction, found exactly as a 0/1 knapsack by depth-first branch and
/// bound (Martello &amp; Toth, "Knapsack Problems", 1990) with the fractional (Dantzig) bound, in integer arithmetic.
/// Projects are explored by decreasing satisfaction per unit of cost, ties by <see cref="TieBreaking"/>, and a
/// later optimum replaces an earlier one only when strictly better, so the returned optimal set is deterministic.
/// Several sets may attain the optimum; <see cref="TallyResult.Welfare"/> is the optimum value.
/// </summary>
public static class MaxWelfare
{
    /// <summary>Runs the rule.</summary>
    /// <param name="election">The election.</param>
    /// <param name="satisfaction">The satisfaction function.</param>
    /// <param name="tieBreaking">Tie-breaking; defaults to <see cref="TieBreaking.ProjectId"/>.</param>
    public static TallyResult Tally(Election election, Satisfaction satisfaction, TieBreaking? tieBreaking = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        var profile = UtilityProfile.Build(election, satisfaction);
        var ranks = (tieBreaking ?? TieBreaking.ProjectId).Ranks(election.Projects);
        var free = new List<int>();
        var items = new List<int>();
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.TotalUtility[p] <= 0 || profile.Projects[p].Cost > election.Budget)
            {
                continue;
            }
            (profile.Projects[p].Cost == 0 ? free : items).Add(p);
        }
        items.Sort((a, b) =>
        {
            var c = ((Int128)profile.TotalUtility[b] * profile.Projects[a].Cost).CompareTo((Int128)profile.TotalUtility[a] * profile.Projects[b].Cost);
            return c != 0 ? c : ranks[a].CompareTo(ranks[b]);
        });
        var search = new Knapsack(
            items.Select(p => profile.Projects[p].Cost).ToArray(),
            items.Select(p => profile.TotalUtility[p]).ToArray(),
            election.Budget);
        var chosen = search.Solve();

        var selection = new Selection(profile);
        long welfare = 0;
        foreach (var p in free.OrderBy(p => ranks[p]).Concat(chosen.Select(i => items[i])))
        {
            selection.Add(p, "max-welfare", profile.TotalUtility[p], null);
            welfare += profile.TotalUtility[p];
        }
        var name = "max_welfare_" + RuleNames.Suffix(satisfaction);
        return selection.ToResult(name, p => new UnfundedProject(profile.Projects[p].Id, profile.Projects[p].Cost, UnfundedReason.NotInOptimum))
            with { Welfare = welfare };
    }
}
