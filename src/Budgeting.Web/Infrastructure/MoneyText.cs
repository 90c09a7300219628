using System.Globalization;
using Budgeting.Core.Money;
using Budgeting.Reports.Results;

namespace Budgeting.Web.Infrastructure;

public enum MoneyParseError
{
    None,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

/// <summary>Reads amounts typed in the user's language and writes amounts in minor units back for people.</summary>
public static class MoneyText
{
    public static MoneyParseError TryParse(string? text, Currency currency, CultureInfo culture, out long minor)
    {
        minor = 0;
        var cleaned = (text ?? "").Replace(currency.Code, "", StringComparison.OrdinalIgnoreCase)
            .Replace(culture.NumberFormat.CurrencySymbol, "", StringComparison.Ordinal)
            .Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.Number, culture, out var major))
        {
            return MoneyParseError.NotANumber;
        }
        if (major < 0)
        {
            return MoneyParseError.Negative;
        }
        if (major > Currency.MaxMajorAmount)
        {
            return MoneyParseError.TooLarge;
        }
        return currency.TryToMinorUnits(major, out minor) ? MoneyParseError.None : MoneyParseError.TooManyDecimals;
    }

    /// <summary>The amount for people ("1,248,500.00 MXN"), as the PDF reports write it.</summary>
    public static string Format(long minor, string currencyCode, CultureInfo culture) => AmountText.Format(minor, currencyCode, culture);

    /// <summary>The amount as it goes back into a form field, without grouping so it parses in any language.</summary>
    public static string ForInput(long minor, string currencyCode)
    {
        var currency = Currency.Find(currencyCode) ?? new Currency(currencyCode, 2);
        return currency.ToMajorUnits(minor).ToString("0." + new string('#', currency.MinorDigits), CultureInfo.InvariantCulture);
    }
}
