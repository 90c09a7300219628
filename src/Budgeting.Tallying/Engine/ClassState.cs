using System.Numerics;

namespace Budgeting.Tallying.Engine;

/// <summary>
/// Budget classes of <see cref="ClassMesEngine"/>: voters with the same budget, and per project how many of them
/// support it. All budgets share one denominator D: class c holds (N_c + M_c·t) / D, where t is the money added to
/// every voter's starting budget (see <see cref="Horizon"/>), so prices are found with integer comparisons only.
/// Funding a project multiplies D by the number of voters sharing its price; a class's numerators are brought to the
/// current D only when the class is next looked at, so classes that support nothing left cost nothing.
/// </summary>
internal sealed class ClassState
{
    private readonly UtilityProfile _profile;
    private readonly int[] _classOf;
    private readonly List<BigInteger> _n = [];
    private readonly List<BigInteger> _m = [];
    private readonly List<long[]> _count = [];
    private readonly List<long> _members = [];
    private readonly List<int> _epoch = [];
    private readonly List<BigInteger> _prefix = [BigInteger.One];
    private readonly List<int>[] _classesOf;
    private readonly (BigInteger X, long R, BigInteger CM)[] _share;
    private readonly Horizon? _horizon;
    private BigInteger _d;

    public ClassState(UtilityProfile profile, Rational voterBudget, Horizon? horizon)
    {
        _profile = profile;
        _horizon = horizon;
        _classOf = new int[profile.GroupCount];
        _classesOf = new List<int>[profile.ProjectCount];
        _share = new (BigInteger, long, BigInteger)[profile.ProjectCount];
        _d = voterBudget.Denominator;
        _n.Add(voterBudget.Numerator);
        _m.Add(_d);
        _count.Add((long[])profile.SupporterCount.Clone());
        _members.Add(profile.VoterCount);
        _epoch.Add(0);
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            _classesOf[p] = profile.SupporterCount[p] > 0 ? [0] : [];
        }
    }

    private ClassState(ClassState other, Horizon? horizon, BigInteger shift)
    {
        _profile = other._profile;
        _horizon = horizon;
        _classOf = (int[])other._classOf.Clone();
        _n = other._n.Zip(other._m, (n, m) => n + m * shift).ToList();
        _m = [.. other._m];
        _count = other._count.Select(c => (long[])c.Clone()).ToList();
        _members = [.. other._members];
        _epoch = [.. other._epoch];
        _prefix = [.. other._prefix];
        _classesOf = other._classesOf.Select(l => new List<int>(l)).ToArray();
        _share = new (BigInteger, long, BigInteger)[other._share.Length];
        _d = other._d;
    }

    public int ClassCount => _n.Count;

    /// <summary>
    /// A copy for a run whose voters all start with <paramref name="shift"/> more money: every budget
    /// (N + M·t) / D becomes (N + M·shift + M·t) / D.
    /// </summary>
    public ClassState Clone(Horizon? horizon, BigInteger shift) => new(this, horizon, shift);

    /// <summary>Money the supporters of <paramref name="p"/> have left.</summary>
    public Rational Available(int p)
    {
        BigInteger sum = 0;
        foreach (var c in Compact(p))
        {
            sum += _n[c] * _count[c][p];
        }
        return new Rational(sum, _d);
    }

    /// <summary>
    /// The smallest per-voter share s such that supporters paying min(budget, s) cover <paramref name="cost"/>
    /// (as value and slope in t), or null when even all their money does not.
    /// </summary>
    public Affine? Share(int p, long cost)
    {
        var classes = Compact(p);
        long r = 0;
        foreach (var c in classes)
        {
            r += _count[c][p];
        }
        var need = cost * _d;
        BigInteger cn = 0, cm = 0;
        for (var i = 0; i < classes.Count; i++)
        {
            var c = classes[i];
            var x = need - cn;
            if (x <= r * _n[c])
            {
                if (_horizon is { Saturated: false })
                {
                    foreach (var d in classes)
                    {
                        _horizon.Keep(r * _n[d] - x, r * _m[d] + cm);
                    }
                }
                _share[p] = (x, r, cm);
                var den = r * _d;
                return new Affine(new Rational(x, den), new Rational(-cm, den));
            }
            var k = _count[c][p];
            cn += k * _n[c];
            cm += k * _m[c];
            r -= k;
        }
        _horizon?.Keep(cn - need, cm);
        return null;
    }

    /// <summary>Charges the supporters of <paramref name="p"/> the share last computed for it.</summary>
    public List<SupporterPayment>? Pay(int p, bool trace)
    {
        var (x, r, cm) = _share[p];
        var classes = Compact(p);
        var target = new Dictionary<int, int>(classes.Count);
        var paid = trace ? new List<SupporterPayment>() : null;
        var oldD = _d;
        _d *= r;
        _prefix.Add(_prefix[^1] * r);
        var epoch = _prefix.Count - 1;
        foreach (var c in classes)
        {
            var k = _count[c][p];
            var scaled = _n[c] * r;
            if (scaled <= x)
            {
                paid?.Add(new SupporterPayment(k, new Rational(_n[c], oldD), true));
                target[c] = -1;
                continue;
            }
            paid?.Add(new SupporterPayment(k, new Rational(x, _d), false));
            var (n, m) = (scaled - x, _m[c] * r + cm);
            if (k == _members[c])
            {
                (_n[c], _m[c], _epoch[c]) = (n, m, epoch);
                target[c] = c;
            }
            else
            {
                target[c] = _n.Count;
                _n.Add(n);
                _m.Add(m);
                _epoch.Add(epoch);
                _count.Add(new long[_profile.ProjectCount]);
                _members.Add(0);
            }
        }
        if (target.Any(t => t.Key != t.Value))
        {
            foreach (var g in _profile.SupporterGroups[p])
            {
                var from = _classOf[g];
                if (from >= 0 && target.TryGetValue(from, out var to) && to != from)
                {
                    Move(g, from, to);
                }
            }
        }
        return paid is null ? null : Merge(paid);
    }

    private void Move(int g, int from, int to)
    {
        var m = _profile.Multiplicity[g];
        var projects = _profile.GroupProjects[g];
        var utilities = _profile.GroupUtilities[g];
        var fromCount = _count[from];
        var toCount = to >= 0 ? _count[to] : null;
        for (var j = 0; j < projects.Length; j++)
        {
            if (utilities[j] <= 0)
            {
                continue;
            }
            var q = projects[j];
            fromCount[q] -= m;
            if (toCount is not null)
            {
                if (toCount[q] == 0)
                {
                    _classesOf[q].Add(to);
                }
                toCount[q] += m;
            }
        }
        _members[from] -= m;
        if (to >= 0)
        {
            _members[to] += m;
        }
        _classOf[g] = to;
    }

    /// <summary>The classes holding supporters of <paramref name="p"/>, brought to the current D, poorest first.</summary>
    private List<int> Compact(int p)
    {
        var list = _classesOf[p];
        list.RemoveAll(c => _count[c][p] == 0);
        var epoch = _prefix.Count - 1;
        foreach (var c in list)
        {
            if (_epoch[c] != epoch)
            {
                var factor = _prefix[epoch] / _prefix[_epoch[c]];
                _n[c] *= factor;
                _m[c] *= factor;
                _epoch[c] = epoch;
            }
        }
        list.Sort((a, b) => _n[a].CompareTo(_n[b]));
        return list;
    }

    private static List<SupporterPayment> Merge(List<SupporterPayment> paid) =>
        paid.GroupBy(x => (x.EachPaid, x.PaidAll))
            .Select(g => new SupporterPayment(g.Sum(x => x.Voters), g.Key.EachPaid, g.Key.PaidAll))
            .OrderBy(x => x.EachPaid)
            .ToList();
}
