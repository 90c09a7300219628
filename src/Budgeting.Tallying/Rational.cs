using System.Globalization;
using System.Numerics;

namespace Budgeting.Tallying;

/// <summary>
/// An exact rational number, always normalised (denominator positive, numerator and denominator coprime).
/// The rules use it wherever they divide (equal shares prices, Phragmén loads), as pabutools does with
/// <c>gmpy2.mpq</c>: outcomes never depend on floating-point rounding.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _den;

    /// <summary>Creates <paramref name="numerator"/> / <paramref name="denominator"/>, normalised.</summary>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number cannot have a zero denominator.");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        if (!denominator.IsOne)
        {
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!gcd.IsOne)
            {
                numerator /= gcd;
                denominator /= gcd;
            }
        }
        Numerator = numerator;
        _den = denominator;
    }

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        _ = normalised;
        Numerator = numerator;
        _den = denominator;
    }

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>The numerator (carries the sign).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator, always positive.</summary>
    public BigInteger Denominator => _den.IsZero ? BigInteger.One : _den;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>True when the value is a whole number.</summary>
    public bool IsInteger => Denominator.IsOne;

    /// <summary>The whole number <paramref name="value"/>.</summary>
    public static implicit operator Rational(long value) => new(value, BigInteger.One, true);

    /// <summary>The whole number <paramref name="value"/>.</summary>
    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One, true);

    /// <summary>Sum.</summary>
    public static Rational operator +(Rational a, Rational b)
    {
        if (a.Denominator == b.Denominator)
        {
            return new Rational(a.Numerator + b.Numerator, a.Denominator);
        }
        return new Rational(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    }

    /// <summary>Difference.</summary>
    public static Rational operator -(Rational a, Rational b)
    {
        if (a.Denominator == b.Denominator)
        {
            return new Rational(a.Numerator - b.Numerator, a.Denominator);
        }
        return new Rational(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    }

    /// <summary>Negation.</summary>
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator, true);

    /// <summary>Product.</summary>
    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>Quotient.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Product with a whole number, cheaper than the general product.</summary>
    public Rational Times(long factor) => factor == 1 ? this : new Rational(Numerator * factor, Denominator);

    /// <summary>Quotient by a whole number.</summary>
    public Rational DividedBy(long divisor) => divisor == 1 ? this : new Rational(Numerator, Denominator * divisor);

    /// <summary>Compares this value with <c>other * factor</c> without building the product.</summary>
    public int CompareToScaled(Rational other, long factor) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * factor * Denominator);

    /// <inheritdoc />
    public int CompareTo(Rational other) =>
        Denominator == other.Denominator
            ? Numerator.CompareTo(other.Numerator)
            : (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Equality.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>Less than.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>The smaller of two values.</summary>
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    /// <summary>The largest whole number not above this value.</summary>
    public BigInteger Floor()
    {
        var q = BigInteger.DivRem(Numerator, Denominator, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    /// <summary>An approximation for display only; never used by a rule.</summary>
    public double ToDouble() => (double)Numerator / (double)Denominator;

    /// <summary>Exact text: <c>7</c> or <c>-3/4</c>.</summary>
    public override string ToString() =>
        IsInteger
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses the output of <see cref="ToString"/>.</summary>
    /// <exception cref="FormatException">The text is not a rational number.</exception>
    public static Rational Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? FromInteger(BigInteger.Parse(text, CultureInfo.InvariantCulture))
            : new Rational(
                BigInteger.Parse(text.AsSpan(0, slash), CultureInfo.InvariantCulture),
                BigInteger.Parse(text.AsSpan(slash + 1), CultureInfo.InvariantCulture));
    }
}
