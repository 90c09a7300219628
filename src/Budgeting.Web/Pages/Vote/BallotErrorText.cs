using System.Globalization;
using Budgeting.Core.Voting;
using Budgeting.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Vote;

public static class BallotErrorText
{
    /// <summary>The message of a ballot error, with amounts formatted in the process's currency.</summary>
    public static string Format(IStringLocalizer l, BallotError error, string currencyCode)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code == BallotErrors.TooMany && error.Arguments is [1])
        {
            return l["BallotError.TooManyOne"];
        }
        object[] args = error.Code is BallotErrors.OverBudget or BallotErrors.UnderMinimumShare
            ? error.Arguments.Select(a => (object)MoneyText.Format(a, currencyCode, CultureInfo.CurrentCulture)).ToArray()
            : error.Arguments.Cast<object>().ToArray();
        return l["BallotError." + error.Code, args];
    }
}
