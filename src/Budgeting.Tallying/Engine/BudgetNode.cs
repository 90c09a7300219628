namespace Budgeting.Tallying.Engine;

/// <summary>
/// The budget left to voters with one payment history in an equal-shares run: the start budget τ minus the share of
/// each project they paid in full, an affine function C + S·τ as long as the run takes the same decisions. Kept as
/// bounds on C and S; the exact value at a given τ is only computed when bounds cannot decide a comparison (or for
/// the trace).
/// </summary>
internal sealed class BudgetNode
{
    private readonly BudgetNode? _parent;
    private readonly Price? _paid;
    private ExactValue? _exact;

    /// <summary>The starting budget τ.</summary>
    public BudgetNode()
    {
        C = Bounds.Zero;
        S = new Bounds(1, 1);
    }

    private BudgetNode(BudgetNode parent, Price paid)
    {
        _parent = parent;
        _paid = paid;
        C = parent.C - paid.ShareC;
        S = parent.S - paid.ShareS;
    }

    /// <summary>The budget before the last payment (null for the starting budget).</summary>
    public BudgetNode? Parent => _parent;

    /// <summary>The last payment (null for the starting budget).</summary>
    public Price? Paid => _paid;

    public Bounds C { get; }

    public Bounds S { get; }

    /// <summary>Bounds on the value at <paramref name="tau"/> (never negative: nobody pays more than they have).</summary>
    public Bounds At(Bounds tau)
    {
        var value = C + S * tau;
        return new Bounds(Math.Max(0, value.Lo), value.Hi);
    }

    public Rational Exact(Rational tau)
    {
        if (_exact is not { } known || known.Tau != tau)
        {
            known = new ExactValue(tau, _parent is null ? tau : _parent.Exact(tau) - _paid!.ExactShare(tau));
            _exact = known;
        }
        return known.Value;
    }

    /// <summary>The budget after also paying <paramref name="paid"/>'s share in full.</summary>
    public BudgetNode After(Price paid) => new(this, paid);

    /// <summary>An exact value and the start budget it is for (few nodes ever need one).</summary>
    private sealed record ExactValue(Rational Tau, Rational Value);
}
