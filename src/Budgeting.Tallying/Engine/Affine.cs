using System.Numerics;

namespace Budgeting.Tallying.Engine;

/// <summary>
/// <c>C + S·t</c>: a quantity of an equal-shares run as a function of t, the money added to every voter's starting
/// budget. Decisions are taken at t = 0 (on <see cref="C"/>); <see cref="Horizon"/> records how far t can grow
/// before one of them would change.
/// </summary>
internal readonly record struct Affine(Rational C, Rational S)
{
    public static Affine operator +(Affine a, Affine b) => new(a.C + b.C, a.S + b.S);

    public static Affine operator -(Affine a, Affine b) => new(a.C - b.C, a.S - b.S);

    public static Affine operator -(Rational a, Affine b) => new(a - b.C, -b.S);

    public Affine Times(long k) => new(C.Times(k), S.Times(k));

    public Affine DividedBy(long k) => new(C.DividedBy(k), S.DividedBy(k));
}

/// <summary>The largest t up to which every decision taken at t = 0 stays the same (null: unbounded).</summary>
internal sealed class Horizon(Rational? start = null)
{
    public Rational? Limit { get; private set; } = start;

    /// <summary>Below this limit nobody cares how small it gets (the caller steps at least this far anyway).</summary>
    public Rational? Floor { get; init; }

    /// <summary>True once the limit is at or below <see cref="Floor"/>: further checks cannot matter.</summary>
    public bool Saturated => Limit is { } l && Floor is { } f && l <= f;

    /// <summary>Records that the sign of a(t) − b(t) must stay what it is at t = 0.</summary>
    public void Keep(Affine a, Affine b)
    {
        if (Saturated)
        {
            return;
        }
        var c = a.C - b.C;
        var s = a.S - b.S;
        Keep(c.Numerator * s.Denominator, s.Numerator * c.Denominator);
    }

    /// <summary>Records that the sign of <paramref name="value"/> + <paramref name="slope"/>·t must stay what it is at t = 0.</summary>
    public void Keep(BigInteger value, BigInteger slope)
    {
        if (Saturated)
        {
            return;
        }
        if (slope.IsZero || (!value.IsZero && value.Sign == slope.Sign))
        {
            return;
        }
        if (value.IsZero)
        {
            Limit = Rational.Zero;
            return;
        }
        if (Limit is { } l && (l.Sign == 0 || BigInteger.Abs(value) * l.Denominator >= l.Numerator * BigInteger.Abs(slope)))
        {
            return;
        }
        Limit = new Rational(BigInteger.Abs(value), BigInteger.Abs(slope));
    }
}
