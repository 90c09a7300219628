namespace Budgeting.Tallying.Engine;

/// <summary>
/// Budget classes of <see cref="ClassMesEngine"/>: voters with the same budget (<see cref="BudgetNode"/>), and per
/// project how many of them support it (an int: there are fewer ballots than that). Voters who spent everything
/// leave every class. Prices are found with <see cref="Bounds"/>; exact rationals are only used for the comparisons
/// those cannot decide. Reused from run to run, so its arrays are allocated once.
/// </summary>
internal sealed class ClassState
{
    private readonly UtilityProfile _profile;
    private readonly int _projects;
    private readonly int[] _classOf;
    private readonly List<BudgetNode> _node = [];
    private readonly List<Bounds> _value = [];
    private readonly List<long> _members = [];
    private readonly List<int>[] _classesOf;
    private readonly List<int> _target = [];
    private readonly List<bool> _poor = [];
    private int[] _count;
    private Horizon _horizon = new(null);
    private Rational _tau;
    private Bounds _tauBounds;

    public ClassState(UtilityProfile profile)
    {
        _profile = profile;
        _projects = profile.ProjectCount;
        _classOf = new int[profile.GroupCount];
        _classesOf = new List<int>[_projects];
        for (var p = 0; p < _projects; p++)
        {
            _classesOf[p] = [];
        }
        _count = new int[_projects * 16];
    }

    /// <summary>Becomes a copy of <paramref name="other"/> (then <see cref="Rebase"/> to continue it), reusing this one's arrays.</summary>
    public void CopyFrom(ClassState other)
    {
        var used = other._node.Count * _projects;
        if (_count.Length < used)
        {
            _count = new int[Math.Max(used, _count.Length * 2)];
        }
        Array.Copy(other._count, _count, used);
        Array.Copy(other._classOf, _classOf, _classOf.Length);
        Refill(_node, other._node);
        Refill(_value, other._value);
        Refill(_members, other._members);
        Refill(_target, other._target);
        Refill(_poor, other._poor);
        for (var p = 0; p < _projects; p++)
        {
            Refill(_classesOf[p], other._classesOf[p]);
        }
    }

    private static void Refill<T>(List<T> list, List<T> from)
    {
        list.Clear();
        list.AddRange(from);
    }

    /// <summary>Starts a run: every voter in one class with <paramref name="voterBudget"/>.</summary>
    public void Reset(Rational voterBudget, Horizon horizon)
    {
        _node.Clear();
        _value.Clear();
        _members.Clear();
        _target.Clear();
        _poor.Clear();
        Array.Clear(_classOf);
        Rebase(voterBudget, horizon);
        AddClass(new BudgetNode());
        _members[0] = _profile.VoterCount;
        for (var p = 0; p < _projects; p++)
        {
            _classesOf[p].Clear();
            _count[p] = (int)_profile.SupporterCount[p];
            if (_count[p] > 0)
            {
                _classesOf[p].Add(0);
            }
        }
    }

    /// <summary>Continues with start budget <paramref name="voterBudget"/>, for which every decision so far holds.</summary>
    public void Rebase(Rational voterBudget, Horizon horizon)
    {
        _horizon = horizon;
        _tau = voterBudget;
        _tauBounds = Bounds.Of(voterBudget);
        for (var c = 0; c < _node.Count; c++)
        {
            _value[c] = _node[c].At(_tauBounds);
        }
    }

    /// <summary>
    /// Money the supporters of <paramref name="p"/> have left, exactly: τ each, less each share paid times the number
    /// of them who paid it (one product per round instead of one per class).
    /// </summary>
    public Rational Available(int p)
    {
        var payers = new Dictionary<Price, long>();
        long voters = 0;
        foreach (var c in Live(p))
        {
            var k = _count[c * _projects + p];
            voters += k;
            for (var node = _node[c]; node.Paid is { } paid; node = node.Parent!)
            {
                payers[paid] = payers.GetValueOrDefault(paid) + k;
            }
        }
        var sum = _tau.Times(voters);
        foreach (var (paid, k) in payers)
        {
            sum -= paid.ExactShare(_tau).Times(k);
        }
        return sum;
    }

    /// <summary>
    /// How the supporters of <paramref name="p"/> would pay <paramref name="cost"/>: the smallest share s such that
    /// they cover it paying min(budget, s) each; null when even all their money does not.
    /// </summary>
    public Price? Share(int p, long cost, long utility)
    {
        var classes = Live(p);
        long r = 0;
        foreach (var c in classes)
        {
            r += _count[c * _projects + p];
            _poor[c] = false;
        }

        // Poor voters are those below the share; counting some of them as poor only raises the share, so adding
        // every class certainly below the current share until none is left reaches exactly the poor set.
        var left = Bounds.Of(cost);
        var poorClasses = new List<int>();
        while (true)
        {
            if (r == 0)
            {
                return Unaffordable(p, classes, left);
            }
            var share = left.DividedBy(r);
            var found = poorClasses.Count;
            foreach (var c in classes)
            {
                if (_poor[c])
                {
                    continue;
                }
                var value = _value[c];
                if (value.Below(share))
                {
                    poorClasses.Add(c);
                }
                else if (!value.AtLeast(share))
                {
                    return ExactShare(p, cost, utility, classes);
                }
            }
            if (poorClasses.Count == found)
            {
                break;
            }
            for (var i = found; i < poorClasses.Count; i++)
            {
                var c = poorClasses[i];
                var k = _count[c * _projects + p];
                _poor[c] = true;
                left -= _value[c].Times(k);
                r -= k;
            }
        }
        var price = MakePrice(p, cost, utility, r, poorClasses);
        KeepShape(p, classes, price);
        return price;
    }

    /// <summary>Charges the supporters of <paramref name="p"/> <paramref name="price"/>, computed for it this round.</summary>
    public List<SupporterPayment>? Pay(int p, Price price, bool trace)
    {
        var classes = Live(p);
        var paid = trace ? new List<SupporterPayment>() : null;
        foreach (var c in classes)
        {
            _poor[c] = false;
        }
        foreach (var c in price.PoorClasses)
        {
            _poor[c] = true;
        }
        var moving = false;
        foreach (var c in classes)
        {
            var k = _count[c * _projects + p];
            if (_poor[c] || PaysAll(c, price))
            {
                paid?.Add(new SupporterPayment(k, _node[c].Exact(_tau), true));
                _target[c] = -1;
                moving = true;
                continue;
            }
            paid?.Add(new SupporterPayment(k, price.ExactShare(_tau), false));
            var node = _node[c].After(price);
            if (k == _members[c])
            {
                _node[c] = node;
                _value[c] = node.At(_tauBounds);
                _target[c] = c;
            }
            else
            {
                _target[c] = _node.Count;
                AddClass(node);
                moving = true;
            }
        }
        if (moving)
        {
            foreach (var g in _profile.SupporterGroups[p])
            {
                var from = _classOf[g];
                if (from >= 0 && _target[from] != from)
                {
                    Move(g, from, _target[from]);
                }
            }
        }
        return paid is null ? null : Merge(paid);
    }

    /// <summary>True when a rich supporter's budget is exactly the share: it pays all it has, like a poor one.</summary>
    private bool PaysAll(int c, Price price)
    {
        var left = _value[c] - price.Share;
        return left.Lo <= 0 && _node[c].Exact(_tau) == price.ExactShare(_tau);
    }

    private Price MakePrice(int p, long cost, long utility, long rich, List<int> poorClasses)
    {
        var nodes = new List<BudgetNode>(poorClasses.Count);
        var counts = new List<long>(poorClasses.Count);
        var values = new List<Bounds>(poorClasses.Count);
        foreach (var c in poorClasses)
        {
            nodes.Add(_node[c]);
            counts.Add(_count[c * _projects + p]);
            values.Add(_value[c]);
        }
        return new Price(cost, utility, rich, poorClasses, nodes, counts, values);
    }

    /// <summary>The same search with exact budgets, poorest first, for when bounds could not tell poor from rich.</summary>
    private Price? ExactShare(int p, long cost, long utility, List<int> classes)
    {
        var sorted = classes.OrderBy(c => _node[c].Exact(_tau)).ToList();
        long r = 0;
        foreach (var c in sorted)
        {
            r += _count[c * _projects + p];
        }
        Rational left = cost;
        var poorClasses = new List<int>();
        foreach (var c in sorted)
        {
            var k = _count[c * _projects + p];
            if (left <= _node[c].Exact(_tau).Times(r))
            {
                var price = MakePrice(p, cost, utility, r, poorClasses);
                KeepShape(p, classes, price);
                return price;
            }
            poorClasses.Add(c);
            left -= _node[c].Exact(_tau).Times(k);
            r -= k;
        }
        return Unaffordable(p, classes, Bounds.Of(left));
    }

    /// <summary>Records that every supporter stays on its side of the share (poor below it, rich at or above it).</summary>
    private void KeepShape(int p, List<int> classes, Price price)
    {
        if (_horizon.Saturated)
        {
            return;
        }
        foreach (var c in classes)
        {
            var node = _node[c];
            var value = _value[c] - price.Share;
            if (value.Lo <= 0 && value.Hi >= 0)
            {
                value = Bounds.Of(node.Exact(_tau) - price.ExactShare(_tau));
            }
            _horizon.Keep(value, node.S - price.ShareS);
        }
    }

    /// <summary>Records that the supporters' money, <paramref name="missing"/> short of the cost, stays short.</summary>
    private Price? Unaffordable(int p, List<int> classes, Bounds missing)
    {
        if (!_horizon.Saturated)
        {
            var slope = Bounds.Zero;
            foreach (var c in classes)
            {
                slope += _node[c].S.Times(_count[c * _projects + p]);
            }
            _horizon.Keep(-missing, slope);
        }
        return null;
    }

    private void AddClass(BudgetNode node)
    {
        _node.Add(node);
        _value.Add(node.At(_tauBounds));
        _members.Add(0);
        _target.Add(0);
        _poor.Add(false);
        if (_node.Count * _projects > _count.Length)
        {
            Array.Resize(ref _count, _count.Length * 2);
        }
        Array.Clear(_count, (_node.Count - 1) * _projects, _projects);
    }

    private void Move(int g, int from, int to)
    {
        var m = (int)_profile.Multiplicity[g];
        var projects = _profile.GroupProjects[g];
        var utilities = _profile.GroupUtilities[g];
        var fromRow = from * _projects;
        var toRow = to * _projects;
        for (var j = 0; j < projects.Length; j++)
        {
            if (utilities[j] <= 0)
            {
                continue;
            }
            var q = projects[j];
            _count[fromRow + q] -= m;
            if (to >= 0)
            {
                if (_count[toRow + q] == 0)
                {
                    _classesOf[q].Add(to);
                }
                _count[toRow + q] += m;
            }
        }
        _members[from] -= m;
        if (to >= 0)
        {
            _members[to] += m;
        }
        _classOf[g] = to;
    }

    /// <summary>The classes holding supporters of <paramref name="p"/>.</summary>
    private List<int> Live(int p)
    {
        var list = _classesOf[p];
        var kept = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (_count[list[i] * _projects + p] != 0)
            {
                list[kept++] = list[i];
            }
        }
        list.RemoveRange(kept, list.Count - kept);
        return list;
    }

    private static List<SupporterPayment> Merge(List<SupporterPayment> paid) =>
        paid.GroupBy(x => (x.EachPaid, x.PaidAll))
            .Select(g => new SupporterPayment(g.Sum(x => x.Voters), g.Key.EachPaid, g.Key.PaidAll))
            .OrderBy(x => x.EachPaid)
            .ToList();
}
