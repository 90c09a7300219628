namespace Budgeting.Core.Money;

/// <summary>An ISO 4217 currency and how many minor units its major unit has.</summary>
public sealed record Currency(string Code, int MinorDigits)
{
    /// <summary>The largest amount a budget or cost may have, in major units (one trillion).</summary>
    public const decimal MaxMajorAmount = 1_000_000_000_000m;

    private static readonly Currency[] Known =
    [
        new("MXN", 2), new("USD", 2), new("EUR", 2), new("COP", 2), new("PEN", 2), new("ARS", 2),
        new("BRL", 2), new("GTQ", 2), new("CRC", 2), new("UYU", 2), new("BOB", 2), new("CAD", 2),
        new("GBP", 2), new("CHF", 2), new("PLN", 2), new("CZK", 2), new("HUF", 2), new("CLP", 0),
        new("PYG", 0), new("JPY", 0), new("KRW", 0),
    ];

    public static IReadOnlyList<Currency> All => Known;

    public static Currency? Find(string? code) =>
        Known.FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private long Scale => (long)Math.Pow(10, MinorDigits);

    /// <summary>Converts a major-unit amount to minor units; false when it has more decimals than the currency allows.</summary>
    public bool TryToMinorUnits(decimal major, out long minor)
    {
        minor = 0;
        if (Math.Abs(major) > MaxMajorAmount)
        {
            return false;
        }
        var scaled = major * Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }
        minor = (long)scaled;
        return true;
    }

    public decimal ToMajorUnits(long minor) => (decimal)minor / Scale;
}
