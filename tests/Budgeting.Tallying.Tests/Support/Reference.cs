namespace Budgeting.Tallying.Tests.Support;

/// <summary>
/// Slow, literal implementations of the rules, one voter at a time, written from the definitions and sharing no
/// code with the library except <see cref="Rational"/>. Used to cross-check the fast engines on small elections.
/// </summary>
internal static class Reference
{
    public static long Utility(Election e, Ballot b, int position, Satisfaction sat) => sat switch
    {
        Satisfaction.Cost => e.Projects.Single(p => p.Id == b.Projects[position]).Cost,
        Satisfaction.Cardinality => 1,
        Satisfaction.AdditiveCardinal => b.Points?[position] ?? 1,
        Satisfaction.AdditiveBorda => b.Projects.Count - position - 1,
        _ => throw new ArgumentOutOfRangeException(nameof(sat)),
    };

    public static long U(Election e, Ballot b, Project p, Satisfaction sat)
    {
        var i = b.Projects.ToList().IndexOf(p.Id);
        return i < 0 ? 0 : Utility(e, b, i, sat);
    }

    private static IOrderedEnumerable<Project> ById(IEnumerable<Project> projects) => projects.OrderBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>Each step: among projects that fit, the best total utility per cost (free supported first, unsupported last).</summary>
    public static List<string> Greedy(Election e, Satisfaction sat, List<string>? start = null)
    {
        var chosen = new List<string>(start ?? []);
        while (true)
        {
            var left = e.Budget - e.Projects.Where(p => chosen.Contains(p.Id)).Sum(p => p.Cost);
            var options = ById(e.Projects.Where(p => !chosen.Contains(p.Id) && p.Cost <= left)).ToList();
            if (options.Count == 0)
            {
                return chosen;
            }
            (int, Rational) Key(Project p)
            {
                var total = e.Ballots.Sum(b => U(e, b, p, sat));
                return total <= 0 ? (0, 0) : p.Cost == 0 ? (2, 0) : (1, new Rational(total, p.Cost));
            }
            var best = options[0];
            foreach (var p in options.Skip(1))
            {
                var (a, b) = (Key(p), Key(best));
                if (a.Item1 > b.Item1 || (a.Item1 == b.Item1 && a.Item2 > b.Item2))
                {
                    best = p;
                }
            }
            chosen.Add(best.Id);
        }
    }

    /// <summary>Equal shares with the poor/rich fixed point for ρ, starting budget <paramref name="voterBudget"/>.</summary>
    public static List<string> EqualShares(Election e, Satisfaction sat, Rational voterBudget)
    {
        var budget = e.Ballots.Select(_ => voterBudget).ToArray();
        var chosen = ById(e.Projects.Where(p => p.Cost == 0 && e.Ballots.Any(b => U(e, b, p, sat) > 0))).Select(p => p.Id).ToList();
        while (true)
        {
            Project? best = null;
            var bestRho = Rational.Zero;
            foreach (var p in ById(e.Projects.Where(p => p.Cost > 0 && !chosen.Contains(p.Id))))
            {
                var supporters = Enumerable.Range(0, e.Ballots.Count).Where(i => U(e, e.Ballots[i], p, sat) > 0).ToList();
                if (supporters.Count == 0 || supporters.Aggregate(Rational.Zero, (s, i) => s + budget[i]) < p.Cost)
                {
                    continue;
                }
                var poor = new HashSet<int>();
                Rational rho;
                while (true)
                {
                    var rich = supporters.Where(i => !poor.Contains(i)).ToList();
                    var paidByPoor = poor.Aggregate(Rational.Zero, (s, i) => s + budget[i]);
                    rho = (p.Cost - paidByPoor) / rich.Aggregate(Rational.Zero, (s, i) => s + U(e, e.Ballots[i], p, sat));
                    var newPoor = rich.Where(i => budget[i] < rho * U(e, e.Ballots[i], p, sat)).ToList();
                    if (newPoor.Count == 0)
                    {
                        break;
                    }
                    poor.UnionWith(newPoor);
                }
                if (best is null || rho < bestRho)
                {
                    (best, bestRho) = (p, rho);
                }
            }
            if (best is null)
            {
                return chosen;
            }
            chosen.Add(best.Id);
            for (var i = 0; i < budget.Length; i++)
            {
                budget[i] -= Rational.Min(budget[i], bestRho * U(e, e.Ballots[i], best, sat));
            }
        }
    }

    public static List<string> EqualSharesAdd1(Election e, Satisfaction sat)
    {
        var b = new Rational(e.Budget, e.Ballots.Count);
        var candidates = e.Projects.Where(p => p.Cost > 0 && e.Ballots.Any(x => U(e, x, p, sat) > 0)).ToList();
        List<string>? previous = null;
        while (true)
        {
            var outcome = EqualShares(e, sat, b);
            var cost = e.Projects.Where(p => outcome.Contains(p.Id)).Sum(p => p.Cost);
            if (cost > e.Budget)
            {
                return previous ?? [];
            }
            if (candidates.All(p => outcome.Contains(p.Id) || cost + p.Cost > e.Budget))
            {
                return outcome;
            }
            previous = outcome;
            b += 1;
        }
    }

    public static List<string> Phragmen(Election e)
    {
        var load = e.Ballots.Select(_ => Rational.Zero).ToArray();
        var chosen = new List<string>();
        var remaining = ById(e.Projects.Where(p => p.Cost <= e.Budget)).ToList();
        while (remaining.Count > 0)
        {
            Rational? best = null;
            var tied = new List<Project>();
            foreach (var p in remaining)
            {
                var supporters = Enumerable.Range(0, e.Ballots.Count).Where(i => e.Ballots[i].Projects.Contains(p.Id)).ToList();
                Rational? value = supporters.Count == 0 ? null : (supporters.Aggregate((Rational)p.Cost, (s, i) => s + load[i])).DividedBy(supporters.Count);
                var better = tied.Count == 0 || (value is not null && (best is null || value < best));
                if (better)
                {
                    (best, tied) = (value, [p]);
                }
                else if (value == best)
                {
                    tied.Add(p);
                }
            }
            var spent = e.Projects.Where(p => chosen.Contains(p.Id)).Sum(p => p.Cost);
            if (tied.Any(p => spent + p.Cost > e.Budget))
            {
                return chosen;
            }
            var pick = tied[0];
            chosen.Add(pick.Id);
            remaining.Remove(pick);
            for (var i = 0; i < load.Length; i++)
            {
                if (best is { } l && e.Ballots[i].Projects.Contains(pick.Id))
                {
                    load[i] = l;
                }
            }
        }
        return chosen;
    }

    public static long MaxWelfare(Election e, Satisfaction sat)
    {
        var values = e.Projects.Select(p => e.Ballots.Sum(b => U(e, b, p, sat))).ToArray();
        long best = 0;
        for (var mask = 0; mask < 1 << e.Projects.Count; mask++)
        {
            long cost = 0, value = 0;
            for (var j = 0; j < e.Projects.Count; j++)
            {
                if ((mask >> j & 1) == 1)
                {
                    cost += e.Projects[j].Cost;
                    value += values[j];
                }
            }
            if (cost <= e.Budget && value > best)
            {
                best = value;
            }
        }
        return best;
    }
}
