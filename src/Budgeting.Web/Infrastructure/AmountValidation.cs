using System.Globalization;
using Budgeting.Core.Money;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Infrastructure;

public static class AmountValidation
{
    /// <summary>The localized error for a budget or cost field, which must hold a positive amount; null when it does.</summary>
    public static string? Check(string? text, Currency currency, IStringLocalizer l, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? l["Validation.Required", field].Value : null;
        }
        var error = MoneyText.TryParse(text, currency, CultureInfo.CurrentCulture, out var minor);
        return error switch
        {
            MoneyParseError.None when minor > 0 => null,
            MoneyParseError.None or MoneyParseError.Negative => l["Validation.AmountNotPositive", field].Value,
            MoneyParseError.NotANumber => l["Validation.AmountNotANumber", field].Value,
            MoneyParseError.TooManyDecimals => l["Validation.AmountDecimals", field, currency.MinorDigits].Value,
            _ => l["Validation.AmountTooLarge", field].Value,
        };
    }
}
