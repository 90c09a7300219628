namespace Budgeting.Tallying.Engine;

/// <summary>Greedy by satisfaction per unit of cost, skipping what does not fit (pabutools' additive greedy scheme).</summary>
internal static class GreedyCore
{
    /// <summary>
    /// Goes through the unselected projects by decreasing total satisfaction / cost (projects with positive
    /// satisfaction and zero cost first, projects without positive satisfaction last, ties by rank) and adds each one
    /// that fits the budget left.
    /// </summary>
    public static void Complete(Selection selection, int[] ranks, long minVotes = 0)
    {
        var profile = selection.Profile;
        var order = Enumerable.Range(0, profile.ProjectCount)
            .Where(p => !selection.IsSelected[p] && profile.VoteCount[p] >= minVotes)
            .ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = CompareDensity(profile, b, a);
            return c != 0 ? c : ranks[a].CompareTo(ranks[b]);
        });
        foreach (var p in order)
        {
            if (profile.Projects[p].Cost <= selection.Remaining)
            {
                selection.Add(p, "greedy", profile.TotalUtility[p], null);
            }
        }
    }

    /// <summary>Compares total utility / cost of two projects exactly; +∞ for free supported projects, 0 without support.</summary>
    private static int CompareDensity(UtilityProfile profile, int a, int b)
    {
        var (ua, ca) = (profile.TotalUtility[a], profile.Projects[a].Cost);
        var (ub, cb) = (profile.TotalUtility[b], profile.Projects[b].Cost);
        var classA = ua <= 0 ? 0 : ca == 0 ? 2 : 1;
        var classB = ub <= 0 ? 0 : cb == 0 ? 2 : 1;
        if (classA != classB || classA != 1)
        {
            return classA.CompareTo(classB);
        }
        return ((Int128)ua * cb).CompareTo((Int128)ub * ca);
    }

    public static UnfundedProject Reason(Selection selection, int p, long minVotes = 0)
    {
        var project = selection.Profile.Projects[p];
        if (selection.Profile.VoteCount[p] < minVotes)
        {
            return new UnfundedProject(project.Id, project.Cost, UnfundedReason.BelowThreshold);
        }
        return new UnfundedProject(project.Id, project.Cost, UnfundedReason.DidNotFit) { RemainingBudget = selection.Remaining };
    }
}
