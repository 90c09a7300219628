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
    private Snapshot? _saved;

    public ClassMesEngine(UtilityProfile profile, int[] ranks)
        : base(profile, ranks)
    {
        _unitUtility = new long[profile.ProjectCount];
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            _unitUtility[p] = profile.SupporterUtilities[p].Length > 0 ? profile.SupporterUtilities[p][0] : 1;
        }
    }

    public override MesRun Run(Rational voterBudget, bool trace, Rational? step = null)
    {
        var profile = Profile;
        var resume = !trace && step is { IsInteger: true } s && _saved is { } saved && voterBudget == saved.VoterBudget + s && saved.Horizon > s
            ? saved
            : null;
        var horizon = new Horizon(resume is null ? null : resume.Horizon - step!.Value) { Floor = step };
        ClassState state;
        Affine[] stale;
        List<int> active;
        Selection selection;
        if (resume is not null)
        {
            var shift = step!.Value;
            state = resume.State.Clone(horizon, shift.Numerator / shift.Denominator);
            stale = resume.Stale.Select(a => new Affine(a.C + a.S * shift, a.S)).ToArray();
            active = [.. resume.Active];
            selection = resume.Selection.Clone();
        }
        else
        {
            state = new ClassState(profile, voterBudget, horizon);
            stale = new Affine[profile.ProjectCount];
            active = [];
            foreach (var p in Candidates)
            {
                stale[p] = new Affine(new Rational(profile.Projects[p].Cost, profile.SupporterCount[p] * _unitUtility[p]), 0);
                active.Add(p);
            }
            selection = StartSelection();
        }
        _saved = null;
        while (true)
        {
            if (!trace && step is { IsInteger: true } unit && (horizon.Limit is not { } limit || limit > unit) && state.ClassCount <= 4096)
            {
                _saved = new Snapshot(voterBudget, horizon.Limit ?? unit * 2, state.Clone(null, 0), (Affine[])stale.Clone(), [.. active], selection.Clone());
            }
            active.Sort((a, b) =>
            {
                var c = stale[a].C.CompareTo(stale[b].C);
                return c != 0 ? c : Ranks[a].CompareTo(Ranks[b]);
            });
            var best = -1;
            var bestRho = default(Affine);
            var survivors = new List<int>(active.Count);
            foreach (var p in active)
            {
                if (best >= 0 && stale[p].C > bestRho.C)
                {
                    survivors.Add(p);
                    continue;
                }
                if (state.Share(p, profile.Projects[p].Cost) is not { } share)
                {
                    continue;
                }
                survivors.Add(p);
                var rho = share.DividedBy(_unitUtility[p]);
                stale[p] = rho;
                if (Better(rho.C, p, bestRho.C, best))
                {
                    (best, bestRho) = (p, rho);
                }
            }
            active = survivors;
            if (best < 0)
            {
                break;
            }
            foreach (var p in active)
            {
                if (p != best)
                {
                    horizon.Keep(stale[p], bestRho);
                }
            }
            var payments = state.Pay(best, trace);
            selection.Add(best, "equal-shares", profile.TotalUtility[best], bestRho.C, payments);
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

    /// <summary>
    /// The state after the last round of a run whose decisions hold for every start budget below
    /// <see cref="VoterBudget"/> + <see cref="Horizon"/>: the next Add1 run resumes from it instead of replaying those rounds.
    /// </summary>
    private sealed record Snapshot(Rational VoterBudget, Rational Horizon, ClassState State, Affine[] Stale, List<int> Active, Selection Selection);
}
