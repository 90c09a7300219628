namespace Budgeting.Tallying.Engine;

/// <summary>
/// Equal shares when every project's supporters all have the same satisfaction (cost and cardinality
/// satisfaction, on any ballot). Then all voters who paid for the same projects have the same budget, so voters
/// are kept in budget classes: a price is computed over the few classes of a project's supporters instead of over
/// its voters, and funding a project splits each class into supporters (who pay) and the others.
/// </summary>
internal sealed class ClassMesEngine : MesEngine
{
    private readonly long[] _unitUtility;
    private readonly ClassState _fresh;
    private readonly List<Snapshot> _saved = [];
    private readonly Stack<ClassState> _spare = new();

    public ClassMesEngine(UtilityProfile profile, int[] ranks)
        : base(profile, ranks)
    {
        _unitUtility = new long[profile.ProjectCount];
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            _unitUtility[p] = profile.SupporterUtilities[p].Length > 0 ? profile.SupporterUtilities[p][0] : 1;
        }
        _fresh = new ClassState(profile);
    }

    public override MesRun Run(Rational voterBudget, bool trace, Rational? step = null)
    {
        var profile = Profile;
        var tau = Bounds.Of(voterBudget);
        var floor = step is { } s ? Bounds.Of(s).Hi : (double?)null;
        var saving = !trace && floor is not null;
        var resume = saving ? Resumable(voterBudget) : null;
        Horizon horizon;
        ClassState state;
        Bounds[] staleC, staleS;
        List<int> active;
        Selection selection;
        if (resume is not null)
        {
            var left = Math.BitDecrement(resume.Limit - Bounds.Of(voterBudget - resume.Tau).Hi);
            horizon = new Horizon(floor, double.IsPositiveInfinity(left) ? null : left);
            state = _fresh;
            state.CopyFrom(resume.State);
            state.Rebase(voterBudget, horizon);
            (staleC, staleS) = ((Bounds[])resume.StaleC.Clone(), (Bounds[])resume.StaleS.Clone());
            active = [.. resume.Active];
            selection = resume.Selection.Clone();
        }
        else
        {
            horizon = new Horizon(floor);
            state = _fresh;
            state.Reset(voterBudget, horizon);
            staleC = new Bounds[profile.ProjectCount];
            staleS = new Bounds[profile.ProjectCount];
            active = [];
            foreach (var p in Candidates)
            {
                // ρ is never below the cost over all supporters' satisfaction.
                staleC[p] = Bounds.Of(profile.Projects[p].Cost).DividedBy(profile.SupporterCount[p] * _unitUtility[p]);
                staleS[p] = Bounds.Zero;
                active.Add(p);
            }
            selection = StartSelection();
        }

        // Every ρ found so far is a lower bound on that project's ρ now (budgets only fall), and so is its formula
        // at any other τ: a round evaluates projects by that bound and stops once the next one exceeds the best.
        var stale = new Bounds[profile.ProjectCount];
        var survivors = new List<int>(active.Count);
        while (true)
        {
            foreach (var p in active)
            {
                stale[p] = staleC[p] + staleS[p] * tau;
            }
            active.Sort((a, b) =>
            {
                var c = stale[a].Lo.CompareTo(stale[b].Lo);
                return c != 0 ? c : Ranks[a].CompareTo(Ranks[b]);
            });
            var limitAtStart = horizon.Limit;
            var best = -1;
            Price? bestPrice = null;
            survivors.Clear();
            foreach (var p in active)
            {
                if (bestPrice is not null && stale[p].Lo > bestPrice.Rho.Hi)
                {
                    survivors.Add(p);
                    continue;
                }
                if (state.Share(p, profile.Projects[p].Cost, _unitUtility[p]) is not { } price)
                {
                    continue;
                }
                survivors.Add(p);
                (stale[p], staleC[p], staleS[p]) = (price.Rho, price.RhoC, price.RhoS);
                if (bestPrice is null || Better(price, p, bestPrice, best, voterBudget))
                {
                    (best, bestPrice) = (p, price);
                }
            }
            if (bestPrice is null)
            {
                break;
            }
            foreach (var p in survivors)
            {
                if (p != best)
                {
                    horizon.Keep(stale[p] - bestPrice.Rho, staleS[p] - bestPrice.RhoS);
                }
            }
            if (saving && Level(horizon.Limit, floor!.Value) < Level(limitAtStart, floor.Value))
            {
                var copy = _spare.Count > 0 ? _spare.Pop() : new ClassState(profile);
                copy.CopyFrom(state);
                Save(new Snapshot(voterBudget, limitAtStart ?? double.PositiveInfinity, selection.Order.Count, copy, (Bounds[])staleC.Clone(), (Bounds[])staleS.Clone(), [.. active], selection.Clone()));
            }
            (active, survivors) = (survivors, active);
            var payments = state.Pay(best, bestPrice, trace);
            selection.Add(best, "equal-shares", profile.TotalUtility[best], trace ? bestPrice.ExactRho(voterBudget) : null, payments);
            active.Remove(best);
        }
        var missing = new Rational[profile.ProjectCount];
        foreach (var p in Candidates)
        {
            if (trace && !selection.IsSelected[p])
            {
                missing[p] = profile.Projects[p].Cost - state.Available(p);
            }
        }
        return new MesRun(selection, missing) { Horizon = horizon.Limit, HasHorizon = true };
    }

    private bool Better(Price price, int p, Price bestPrice, int best, Rational tau)
    {
        if (price.Rho.Below(bestPrice.Rho))
        {
            return true;
        }
        if (bestPrice.Rho.Below(price.Rho))
        {
            return false;
        }
        var c = price.ExactRho(tau).CompareTo(bestPrice.ExactRho(tau));
        return c < 0 || (c == 0 && Ranks[p] < Ranks[best]);
    }

    /// <summary>Which power of two times the step a horizon reaches; a snapshot is kept each time a run drops a level.</summary>
    private static int Level(double? limit, double floor) =>
        limit is not { } l ? int.MaxValue : l <= floor ? -1 : (int)Math.Min(int.MaxValue - 1, Math.Log2(l / floor));

    /// <summary>The deepest saved state whose decisions all hold at <paramref name="tau"/>; forgets those that never will again.</summary>
    private Snapshot? Resumable(Rational tau)
    {
        Forget(s => tau >= s.Tau && Bounds.Of(tau - s.Tau).Hi >= s.Limit);
        return _saved.Where(s => tau >= s.Tau).MaxBy(s => s.Depth);
    }

    private void Save(Snapshot snapshot)
    {
        var end = snapshot.Tau.ToDouble() + snapshot.Limit;
        Forget(s => s.Depth <= snapshot.Depth && s.Tau.ToDouble() + s.Limit <= end);
        _saved.Add(snapshot);
    }

    /// <summary>Drops the matching snapshots, keeping their states' arrays for the next ones.</summary>
    private void Forget(Predicate<Snapshot> match)
    {
        foreach (var s in _saved.Where(s => match(s)))
        {
            _spare.Push(s.State);
        }
        _saved.RemoveAll(match);
    }

    /// <summary>
    /// The state after the first <see cref="Depth"/> rounds of a run at start budget <see cref="Tau"/>, whose decisions
    /// all hold for every start budget below <see cref="Tau"/> + <see cref="Limit"/>: a later run resumes from it.
    /// </summary>
    private sealed record Snapshot(Rational Tau, double Limit, int Depth, ClassState State, Bounds[] StaleC, Bounds[] StaleS, List<int> Active, Selection Selection);
}
