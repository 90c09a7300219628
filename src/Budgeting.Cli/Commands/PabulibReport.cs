using System.Globalization;
using Budgeting.Core.Money;
using Budgeting.Core.Results;
using Budgeting.Reports.Results;
using Budgeting.Tallying;

namespace Budgeting.Cli.Commands;

/// <summary>
/// A tallied Pabulib file as a <see cref="ResultsReport"/> of one district, built from the same
/// <see cref="PabulibBox"/> whose canonical data the report's hash covers, so the PDF shows the hashed numbers. The
/// place is META <c>unit</c>, <c>country</c> and <c>instance</c>; a blank name falls back to the file's name.
/// </summary>
internal static class PabulibReport
{
    public static ResultsReport Build(
        Election election, PabulibBox box, string rule, string fileName, DateTimeOffset date, CultureInfo culture,
        ResultsReportText text, ReportWording wording, string hash, string verificationUrl)
    {
        var scale = ReportScale(election, box.Currency);
        string Money(long amount) => AmountText.Format(amount * scale, box.Currency, culture);

        var outcome = box.Outcome;
        var left = outcome.Budget - outcome.TotalCost;
        static string Title(ProjectOutcome p) => string.IsNullOrWhiteSpace(p.Title) ? p.Id : p.Title;
        var byVotes = outcome.Projects.OrderByDescending(p => p.Votes).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var funded = byVotes.Where(p => p.Funded)
            .Select(p => new FundedProject(p.Id, Title(p), p.Cost * scale, p.Votes))
            .ToList();
        var notFunded = byVotes.Where(p => !p.Funded)
            .Select(p => new NotFundedProject(p.Id, Title(p), p.Cost * scale, p.Votes, wording.Reason(p.Reason, left, Money)))
            .ToList();

        var fallback = Path.GetFileNameWithoutExtension(fileName);
        var district = new DistrictResult(OrElse(outcome.Name, fallback), outcome.Budget * scale, outcome.Ballots, [], null, funded, notFunded);
        var place = string.Join(", ", new[] { "unit", "country", "instance" }.Select(election.MetaValue).Where(v => !string.IsNullOrWhiteSpace(v)));
        return new ResultsReport(
            OrElse(box.ProcessName, fallback),
            OrElse(place, fallback),
            date,
            box.Currency,
            culture,
            rule,
            wording.RuleName(rule),
            wording.RuleExplanation(rule),
            hash,
            verificationUrl,
            [district],
            text);
    }

    /// <summary>
    /// The META <c>date_end</c> (Pabulib writes dd.mm.yyyy) as midnight UTC, or null when it is missing or only a year.
    /// </summary>
    public static DateTimeOffset? EndDate(Election election) =>
        DateTime.TryParseExact(election.MetaValue("date_end")?.Trim(), ["dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;

    /// <summary>
    /// Factor from the outcome's amounts to the report's. <see cref="ProcessTally.Outcome"/> counts in minor units of a
    /// currency it knows, else in the file's own units (10^MoneyDecimals); the report prints a currency it does not know
    /// (or none) with two decimals, so a file in whole units of an unknown currency is scaled by 100 here.
    /// </summary>
    private static long ReportScale(Election election, string currency)
    {
        var outcomeDigits = Math.Max(election.MoneyDecimals, Currency.Find(currency)?.MinorDigits ?? 0);
        var reportDigits = (Currency.Find(currency) ?? new Currency(currency, 2)).MinorDigits;
        if (outcomeDigits > reportDigits)
        {
            throw new InputException($"amounts have {election.MoneyDecimals} decimals but {OrElse(currency, "the report")} has {reportDigits}");
        }
        long scale = 1;
        for (var i = outcomeDigits; i < reportDigits; i++)
        {
            scale *= 10;
        }
        return scale;
    }

    private static string OrElse(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;
}
