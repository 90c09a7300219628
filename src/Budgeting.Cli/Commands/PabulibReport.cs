using System.Globalization;
using Budgeting.Core.Money;
using Budgeting.Reports.Results;
using Budgeting.Tallying;

namespace Budgeting.Cli.Commands;

/// <summary>
/// A tallied Pabulib file as a <see cref="ResultsReport"/> of one district, and the <see cref="CanonicalResult"/> whose
/// SHA-256 the report prints. Names come from META: the process is <c>description</c>, the place <c>unit</c>,
/// <c>country</c> and <c>instance</c>, the district <c>subunit</c>, <c>district</c> or <c>unit</c>. A project's votes
/// are the ballots that list it, whatever the vote type.
/// </summary>
internal static class PabulibReport
{
    public static CanonicalResult Canonical(Election election, TallyResult result) => new(
        result.Rule, election.Budget, election.MoneyDecimals, result.Selected, result.TotalCost, Votes(election));

    public static ResultsReport Build(
        Election election, TallyResult result, string fileName, DateTimeOffset date, CultureInfo culture,
        ResultsReportText text, ReportWording wording, string hash, string verificationUrl)
    {
        var currency = election.MetaValue("currency")?.Trim() ?? "";
        var scale = MinorUnitScale(election, currency);
        string Money(long amount) => AmountText.Format(amount * scale, currency, culture);

        var votes = Votes(election);
        var projects = election.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        string Title(string id) => string.IsNullOrWhiteSpace(projects[id].Name) ? id : projects[id].Name!;
        var funded = result.Selected
            .Select(id => new FundedProject(id, Title(id), projects[id].Cost * scale, votes[id]))
            .OrderByDescending(p => p.Votes).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var notFunded = result.Unfunded
            .Select(u => new NotFundedProject(u.ProjectId, Title(u.ProjectId), u.Cost * scale, votes[u.ProjectId], wording.Reason(u, Money)))
            .OrderByDescending(p => p.Votes).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        var fallback = Path.GetFileNameWithoutExtension(fileName);
        var district = new DistrictResult(
            FirstOf(election, "subunit", "district", "unit") ?? fallback,
            election.Budget * scale,
            election.Ballots.Count,
            [],
            null,
            funded,
            notFunded);
        var place = string.Join(", ", new[] { "unit", "country", "instance" }.Select(election.MetaValue).Where(v => !string.IsNullOrWhiteSpace(v)));
        return new ResultsReport(
            FirstOf(election, "description", "unit") ?? fallback,
            place.Length > 0 ? place : fallback,
            date,
            currency,
            culture,
            result.Rule,
            wording.RuleName(result.Rule),
            wording.RuleExplanation(result.Rule),
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

    private static Dictionary<string, long> Votes(Election election)
    {
        var votes = election.Projects.ToDictionary(p => p.Id, _ => 0L, StringComparer.Ordinal);
        foreach (var ballot in election.Ballots)
        {
            foreach (var id in ballot.Projects.Distinct(StringComparer.Ordinal))
            {
                votes[id]++;
            }
        }
        return votes;
    }

    /// <summary>Factor from the file's minor units (10^MoneyDecimals) to the currency's, as the report counts money.</summary>
    private static long MinorUnitScale(Election election, string currency)
    {
        var digits = (Currency.Find(currency) ?? new Currency(currency, 2)).MinorDigits;
        if (election.MoneyDecimals > digits)
        {
            throw new InputException($"amounts have {election.MoneyDecimals} decimals but {currency} has {digits}");
        }
        long scale = 1;
        for (var i = election.MoneyDecimals; i < digits; i++)
        {
            scale *= 10;
        }
        return scale;
    }

    private static string? FirstOf(Election election, params string[] keys) =>
        keys.Select(election.MetaValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
