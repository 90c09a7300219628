namespace Budgeting.Tallying.Engine;

/// <summary>
/// An interval of doubles that certainly contains an exact value. Every operation rounds its lower end down and its
/// upper end up by one ulp (IEEE results are within half an ulp), so a comparison whose intervals do not overlap is
/// decided exactly; only overlapping ones need <see cref="Rational"/> arithmetic.
/// </summary>
internal readonly record struct Bounds(double Lo, double Hi)
{
    private const double ExactLimit = 9007199254740992d;

    public static readonly Bounds Zero = new(0, 0);

    public bool IsZero => Lo == 0 && Hi == 0;

    /// <summary>True when the value is certainly below <paramref name="other"/>'s.</summary>
    public bool Below(Bounds other) => Hi < other.Lo;

    /// <summary>True when the value is certainly at least <paramref name="other"/>'s.</summary>
    public bool AtLeast(Bounds other) => Lo >= other.Hi;

    public static Bounds Of(long value) =>
        Math.Abs((double)value) < ExactLimit ? new(value, value) : new(Math.BitDecrement((double)value), Math.BitIncrement((double)value));

    public static Bounds Of(Rational value)
    {
        if (value.Sign == 0)
        {
            return Zero;
        }
        var n = value.Numerator;
        var d = value.Denominator;
        var sn = (int)Math.Max(0, n.GetBitLength() - 64);
        var sd = (int)Math.Max(0, d.GetBitLength() - 64);
        // Truncating to 64 bits, converting and dividing err by well under three ulps in all.
        var q = Math.ScaleB((double)(n >> sn) / (double)(d >> sd), sn - sd);
        if (Math.Abs(q) < 1e-300)
        {
            return value.Sign > 0 ? new(0, 1e-300) : new(-1e-300, 0);
        }
        return new(Ulps(q, -3), Ulps(q, 3));
    }

    public static Bounds operator +(Bounds a, Bounds b) =>
        b.IsZero ? a : a.IsZero ? b : new(Math.BitDecrement(a.Lo + b.Lo), Math.BitIncrement(a.Hi + b.Hi));

    public static Bounds operator -(Bounds a, Bounds b) => a + -b;

    public static Bounds operator -(Bounds a) => new(-a.Hi, -a.Lo);

    public static Bounds operator *(Bounds a, Bounds b)
    {
        if (a.IsZero || b.IsZero)
        {
            return Zero;
        }
        var (p, q, r, s) = (a.Lo * b.Lo, a.Lo * b.Hi, a.Hi * b.Lo, a.Hi * b.Hi);
        return new(Math.BitDecrement(Math.Min(Math.Min(p, q), Math.Min(r, s))), Math.BitIncrement(Math.Max(Math.Max(p, q), Math.Max(r, s))));
    }

    /// <summary>Product with a positive whole number.</summary>
    public Bounds Times(long factor) => factor == 1 || IsZero ? this : this * Of(factor);

    /// <summary>Quotient by a positive whole number.</summary>
    public Bounds DividedBy(long divisor)
    {
        if (divisor == 1 || IsZero)
        {
            return this;
        }
        var d = Of(divisor);
        return new(Math.BitDecrement(Lo >= 0 ? Lo / d.Hi : Lo / d.Lo), Math.BitIncrement(Hi >= 0 ? Hi / d.Lo : Hi / d.Hi));
    }

    private static double Ulps(double x, int count)
    {
        for (; count < 0; count++)
        {
            x = Math.BitDecrement(x);
        }
        for (; count > 0; count--)
        {
            x = Math.BitIncrement(x);
        }
        return x;
    }
}
