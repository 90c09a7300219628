namespace Budgeting.Tallying.Engine;

/// <summary>
/// Equal shares for any additive satisfaction: one budget per group of identical ballots, supporters sorted by
/// budget / satisfaction when a price is computed, supporters' total money kept up to date incrementally.
/// </summary>
internal sealed class GroupMesEngine : MesEngine
{
    private readonly long[] _positiveUtility;

    public GroupMesEngine(UtilityProfile profile, int[] ranks)
        : base(profile, ranks)
    {
        _positiveUtility = new long[profile.ProjectCount];
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            var groups = profile.SupporterGroups[p];
            for (var i = 0; i < groups.Length; i++)
            {
                _positiveUtility[p] += profile.Multiplicity[groups[i]] * profile.SupporterUtilities[p][i];
            }
        }
    }

    public override MesRun Run(Rational voterBudget, bool trace, Rational? step = null)
    {
        var profile = Profile;
        var budgets = new Rational[profile.GroupCount];
        Array.Fill(budgets, voterBudget);
        var available = new Rational[profile.ProjectCount];
        var stale = new Rational[profile.ProjectCount];
        var active = new List<int>();
        foreach (var p in Candidates)
        {
            available[p] = voterBudget.Times(profile.SupporterCount[p]);
            stale[p] = new Rational(profile.Projects[p].Cost, _positiveUtility[p]);
            active.Add(p);
        }
        var selection = StartSelection();
        while (true)
        {
            active.Sort((a, b) =>
            {
                var c = stale[a].CompareTo(stale[b]);
                return c != 0 ? c : Ranks[a].CompareTo(Ranks[b]);
            });
            var best = -1;
            var bestRho = Rational.Zero;
            var survivors = new List<int>(active.Count);
            foreach (var p in active)
            {
                if (available[p] < profile.Projects[p].Cost)
                {
                    continue;
                }
                survivors.Add(p);
                if (best >= 0 && stale[p] > bestRho)
                {
                    continue;
                }
                var rho = Price(p, budgets);
                stale[p] = rho;
                if (Better(rho, p, bestRho, best))
                {
                    (best, bestRho) = (p, rho);
                }
            }
            active = survivors;
            if (best < 0)
            {
                break;
            }
            var payments = Pay(best, bestRho, budgets, available, trace);
            selection.Add(best, "equal-shares", _positiveUtility[best], bestRho, payments);
            active.Remove(best);
        }
        var missing = new Rational[profile.ProjectCount];
        foreach (var p in Candidates)
        {
            if (trace && !selection.IsSelected[p])
            {
                missing[p] = profile.Projects[p].Cost - available[p];
            }
        }
        return new MesRun(selection, missing);
    }

    private Rational Price(int p, Rational[] budgets)
    {
        var profile = Profile;
        var groups = profile.SupporterGroups[p];
        var utilities = profile.SupporterUtilities[p];
        var keys = new Rational[groups.Length];
        var order = new int[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            keys[i] = budgets[groups[i]].DividedBy(utilities[i]);
            order[i] = i;
        }
        Array.Sort(keys, order);
        Rational contributed = 0;
        var denominator = _positiveUtility[p];
        long cost = profile.Projects[p].Cost;
        foreach (var i in order)
        {
            var g = groups[i];
            var afford = (cost - contributed).DividedBy(denominator);
            if (afford.Times(utilities[i]) <= budgets[g])
            {
                return afford;
            }
            contributed += budgets[g].Times(profile.Multiplicity[g]);
            denominator -= profile.Multiplicity[g] * utilities[i];
        }
        throw new InvalidOperationException("equal shares: supporters cannot afford a project judged affordable");
    }

    private List<SupporterPayment>? Pay(int p, Rational rho, Rational[] budgets, Rational[] available, bool trace)
    {
        var profile = Profile;
        var groups = profile.SupporterGroups[p];
        var utilities = profile.SupporterUtilities[p];
        var paid = trace ? new Dictionary<(Rational, bool), long>() : null;
        for (var i = 0; i < groups.Length; i++)
        {
            var g = groups[i];
            var due = rho.Times(utilities[i]);
            var all = budgets[g] <= due;
            var pay = all ? budgets[g] : due;
            if (pay.Sign == 0)
            {
                continue;
            }
            budgets[g] -= pay;
            var total = pay.Times(profile.Multiplicity[g]);
            var projects = profile.GroupProjects[g];
            var us = profile.GroupUtilities[g];
            for (var j = 0; j < projects.Length; j++)
            {
                if (us[j] > 0)
                {
                    available[projects[j]] -= total;
                }
            }
            if (paid is not null)
            {
                paid[(pay, all)] = paid.GetValueOrDefault((pay, all)) + profile.Multiplicity[g];
            }
        }
        return paid?.Select(e => new SupporterPayment(e.Value, e.Key.Item1, e.Key.Item2)).OrderBy(x => x.EachPaid).ToList();
    }
}
