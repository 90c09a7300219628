using System.Numerics;
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

        // Every load is an integer over one common denominator (exact, never rounded): the load of group g is
        // loadNum[loadOf[g]] / den (0 when loadOf[g] < 0) and supportLoad[p] / den is the total load of p's voters.
        // Comparisons are cross-multiplications by vote counts; no fraction is reduced inside the loop.
        var den = BigInteger.One;
        var loadNum = new List<BigInteger>();
        var loadOf = new int[profile.GroupCount];
        Array.Fill(loadOf, -1);
        var supportLoad = new BigInteger[n];
        var candidate = new BigInteger[n];
        var tied = new List<int>();

        // Per round, for each project q: voters of q moving to the new load, in total and from each earlier load.
        var movedTotal = new long[n];
        var movedFrom = new long[n * (n + 1)];
        var touched = new List<int>();
        var touchedFrom = new List<int>[n];
        var stopped = false;
        while (remaining.Count > 0)
        {
            tied.Clear();
            var best = -1;
            foreach (var p in remaining)
            {
                if (profile.VoteCount[p] != 0)
                {
                    candidate[p] = supportLoad[p] + den * profile.Projects[p].Cost;
                }
                var c = best < 0 ? -1 : Compare(p, best, candidate, profile.VoteCount);
                if (c < 0)
                {
                    best = p;
                    tied.Clear();
                    tied.Add(p);
                }
                else if (c == 0)
                {
                    tied.Add(p);
                }
            }
            var fits = true;
            foreach (var p in tied)
            {
                fits &= profile.Projects[p].Cost <= selection.Remaining;
            }
            if (!fits)
            {
                stopped = true;
                break;
            }
            var chosen = tied[0];
            foreach (var p in tied)
            {
                if (ranks[p] < ranks[chosen])
                {
                    chosen = p;
                }
            }
            remaining.Remove(chosen);
            var votes = profile.VoteCount[chosen];
            if (votes == 0)
            {
                selection.Add(chosen, "phragmen", votes, null);
                continue;
            }

            // New load x / (den * votes); grow the common denominator only by the part of votes not cancelled.
            var x = candidate[chosen];
            var g = (long)BigInteger.GreatestCommonDivisor(x, votes);
            var scale = votes / g;
            var newNum = x / g;
            if (scale != 1)
            {
                den *= scale;
                for (var q = 0; q < n; q++)
                {
                    if (!supportLoad[q].IsZero)
                    {
                        supportLoad[q] *= scale;
                    }
                }
                for (var k = 0; k < loadNum.Count; k++)
                {
                    loadNum[k] *= scale;
                }
            }
            selection.Add(chosen, "phragmen", votes, new Rational(newNum, den));
            var id = loadNum.Count;
            loadNum.Add(newNum);
            var stride = n + 1;
            foreach (var grp in profile.SupporterGroups[chosen])
            {
                var m = profile.Multiplicity[grp];
                var from = loadOf[grp];
                foreach (var q in profile.GroupProjects[grp])
                {
                    if (movedTotal[q] == 0)
                    {
                        touched.Add(q);
                    }
                    movedTotal[q] += m;
                    if (from >= 0)
                    {
                        var cell = q * stride + from;
                        if (movedFrom[cell] == 0)
                        {
                            (touchedFrom[q] ??= []).Add(from);
                        }
                        movedFrom[cell] += m;
                    }
                }
                loadOf[grp] = id;
            }
            foreach (var q in touched)
            {
                var delta = newNum * movedTotal[q];
                movedTotal[q] = 0;
                if (touchedFrom[q] is { } froms)
                {
                    foreach (var from in froms)
                    {
                        var cell = q * stride + from;
                        delta -= loadNum[from] * movedFrom[cell];
                        movedFrom[cell] = 0;
                    }
                    froms.Clear();
                }
                supportLoad[q] += delta;
            }
            touched.Clear();
        }
        return selection.ToResult("sequential_phragmen", p =>
        {
            var project = profile.Projects[p];
            return project.Cost > election.Budget || !stopped
                ? new UnfundedProject(project.Id, project.Cost, UnfundedReason.DidNotFit) { RemainingBudget = selection.Remaining }
                : new UnfundedProject(project.Id, project.Cost, UnfundedReason.RuleStopped) { RemainingBudget = selection.Remaining };
        });
    }

    /// <summary>
    /// Compares the new maximal loads candidate[a] / (den * votes[a]) and candidate[b] / (den * votes[b]); a project
    /// nobody votes for has no load and compares after every other (equal to another such project).
    /// </summary>
    private static int Compare(int a, int b, BigInteger[] candidate, long[] votes) =>
        (votes[a] == 0, votes[b] == 0) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => (candidate[a] * votes[b]).CompareTo(candidate[b] * votes[a]),
        };
}
