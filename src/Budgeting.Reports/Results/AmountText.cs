using System.Globalization;
using Budgeting.Core.Money;

namespace Budgeting.Reports.Results;

/// <summary>Amounts for people, written exactly as the web app writes them: "1,248,500.00 MXN" in es-MX.</summary>
public static class AmountText
{
    /// <summary>
    /// The amount in major units with the currency's decimals and the culture's grouping, then the code. An unknown
    /// code has two decimals; an empty code prints the number alone.
    /// </summary>
    public static string Format(long minor, string currencyCode, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(currencyCode);
        ArgumentNullException.ThrowIfNull(culture);
        var currency = Currency.Find(currencyCode) ?? new Currency(currencyCode.Trim(), 2);
        var number = currency.ToMajorUnits(minor).ToString("N" + currency.MinorDigits, culture);
        return currency.Code.Length == 0 ? number : number + " " + currency.Code;
    }
}
