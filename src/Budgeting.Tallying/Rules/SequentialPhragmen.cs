using Budgeting.Tallying.Engine;

namespace Budgeting.Tallying;

/// <summary>
/// Sequential Phragmén for participatory budgeting (Phragmén 1894; Brill, Freeman, Janson &amp; Lackner,
/// "Phragmén's voting methods and justified representation", AAAI 2017; Los, Christoff &amp; Grossi, 2022), as
/// computed by pabutools <c>sequential_phragmen</c>. Voters earn virtual money continuously; a project is bought as
/// soon as its supporters together hold its cost, after which their loads are equal. Each round funds the project
/// whose purchase gives the smallest new maximal load (supporters' loads + cost) / supporters. The rule stops at the
/// first round where a best project does not fit the budget left. Non-approval ballots are read as approval of every
/// listed project. Loads are exact rationals; ties go to the project ranked first by <see cref="TieBreaking"/>.
/// Projects costing more than the budget are never considered.
/// </summary>
public static class SequentialPhragmen
{
    /// <summary>Runs the rule.</summary>
    /// <param name="election">The election.</param>
    /// <param name="tieBreaking">Tie-breaking; defaults to <see cref="TieBreaking.ProjectId"/>.</param>
    public static TallyResult Tally(Election election, TieBreaking? tieBreaking = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        var profile = UtilityProfile.Build(election, Satisfaction.Cardinality);
        var ranks = (tieBreaking ?? TieBreaking.ProjectId).Ranks(election.Projects);
        var selection = new Selection(profile);
        var n = profile.ProjectCount;
        var remaining = Enumerable.Range(0, n).Where(p => profile.Projects[p].Cost <= election.Budget).ToList();
        var loads = new List<Rational>();
        var loadOf = new int[profile.GroupCount];
        Array.Fill(loadOf, -1);
        var supportLoad = new Rational[n];
        var stopped = false;
        while (remaining.Count > 0)
        {
            var tied = new List<int>();
            Rational? best = null;
            foreach (var p in remaining)
            {
                Rational? load = profile.VoteCount[p] == 0 ? null : (supportLoad[p] + profile.Projects[p].Cost).DividedBy(profile.VoteCount[p]);
                var c = Compare(load, best);
                if (tied.Count == 0 || c < 0)
                {
                    (best, tied) = (load, [p]);
                }
                else if (c == 0)
                {
                    tied.Add(p);
                }
            }
            if (tied.Any(p => profile.Projects[p].Cost > selection.Remaining))
            {
                stopped = true;
                break;
            }
            var chosen = tied.MinBy(p => ranks[p]);
            remaining.Remove(chosen);
            selection.Add(chosen, "phragmen", profile.VoteCount[chosen], best);
            if (best is { } newLoad)
            {
                var id = loads.Count;
                loads.Add(newLoad);
                var moved = new Dictionary<(int Project, int From), long>();
                foreach (var g in profile.SupporterGroups[chosen])
                {
                    var m = profile.Multiplicity[g];
                    foreach (var q in profile.GroupProjects[g])
                    {
                        moved[(q, loadOf[g])] = moved.GetValueOrDefault((q, loadOf[g])) + m;
                    }
                    loadOf[g] = id;
                }
                foreach (var ((q, from), m) in moved)
                {
                    supportLoad[q] += (from < 0 ? newLoad : newLoad - loads[from]).Times(m);
                }
            }
        }
        return selection.ToResult("sequential_phragmen", p =>
        {
            var project = profile.Projects[p];
            return project.Cost > election.Budget || !stopped
                ? new UnfundedProject(project.Id, project.Cost, UnfundedReason.DidNotFit) { RemainingBudget = selection.Remaining }
                : new UnfundedProject(project.Id, project.Cost, UnfundedReason.RuleStopped) { RemainingBudget = selection.Remaining };
        });
    }

    private static int Compare(Rational? a, Rational? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => a.Value.CompareTo(b.Value),
        };
}
