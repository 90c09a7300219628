namespace Budgeting.Tallying.Engine;

/// <summary>
/// How a project's supporters pay for it in equal shares: the poor ones (<see cref="PoorNodes"/>, with
/// <see cref="PoorCounts"/> voters each) pay everything they have, the <see cref="Rich"/> others each pay the same
/// share, C + S·τ in the start budget τ. ρ is the share divided by a supporter's satisfaction.
/// </summary>
internal sealed class Price
{
    private readonly long _cost;
    private readonly long _utility;
    private Rational? _exactTau;
    private Rational _exactShare;

    /// <summary>Prices a project at start budget τ; <paramref name="poorValues"/> are the poor budgets there.</summary>
    public Price(long cost, long utility, long rich, List<int> poorClasses, List<BudgetNode> poorNodes, List<long> poorCounts, List<Bounds> poorValues)
    {
        _cost = cost;
        _utility = utility;
        Rich = rich;
        PoorClasses = poorClasses;
        PoorNodes = poorNodes;
        PoorCounts = poorCounts;
        var left = Bounds.Of(cost);
        var c = left;
        var s = Bounds.Zero;
        for (var i = 0; i < poorNodes.Count; i++)
        {
            left -= poorValues[i].Times(poorCounts[i]);
            c -= poorNodes[i].C.Times(poorCounts[i]);
            s -= poorNodes[i].S.Times(poorCounts[i]);
        }
        Share = left.DividedBy(rich);
        ShareC = c.DividedBy(rich);
        ShareS = s.DividedBy(rich);
        Rho = Share.DividedBy(utility);
        RhoC = ShareC.DividedBy(utility);
        RhoS = ShareS.DividedBy(utility);
    }

    public long Rich { get; }

    /// <summary>The poor supporters' classes, valid until the next payment changes the classes.</summary>
    public List<int> PoorClasses { get; }

    public List<BudgetNode> PoorNodes { get; }

    public List<long> PoorCounts { get; }

    /// <summary>The share at the τ it was computed for.</summary>
    public Bounds Share { get; }

    public Bounds ShareC { get; }

    public Bounds ShareS { get; }

    /// <summary>ρ at the τ it was computed for.</summary>
    public Bounds Rho { get; }

    public Bounds RhoC { get; }

    public Bounds RhoS { get; }

    public Rational ExactShare(Rational tau)
    {
        if (_exactTau != tau)
        {
            Rational left = _cost;
            for (var i = 0; i < PoorNodes.Count; i++)
            {
                left -= PoorNodes[i].Exact(tau).Times(PoorCounts[i]);
            }
            _exactShare = left.DividedBy(Rich);
            _exactTau = tau;
        }
        return _exactShare;
    }

    public Rational ExactRho(Rational tau) => ExactShare(tau).DividedBy(_utility);
}
