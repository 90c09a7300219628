namespace Budgeting.Reports.Results;

/// <summary>The checks <see cref="ResultsReportLayout.Build"/> makes before laying anything out.</summary>
internal static class ResultsReportValidation
{
    public static void Validate(ResultsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Text);
        ArgumentNullException.ThrowIfNull(report.Culture);
        if (report.Districts is not { Count: > 0 })
        {
            throw Invalid("A results report needs at least one district.");
        }
        if (report.ResultSha256 is not { Length: 64 } || !report.ResultSha256.All(char.IsAsciiHexDigitLower))
        {
            throw Invalid($"The result hash \"{report.ResultSha256}\" is not a SHA-256 in 64 lowercase hex digits.");
        }
        if (string.IsNullOrWhiteSpace(report.VerificationUrl))
        {
            throw Invalid("The verification URL is blank; the QR code needs somewhere to point.");
        }
        foreach (var district in report.Districts)
        {
            Check(district);
        }
        CheckTemplates(report.Text);
    }

    private static void Check(DistrictResult district)
    {
        if (string.IsNullOrWhiteSpace(district.Name))
        {
            throw Invalid("A district has no name.");
        }
        if (district.Budget < 0 || district.Ballots < 0 || district.EligibleVoters < 0 || district.Channels.Any(c => c.Ballots < 0))
        {
            throw Invalid($"District \"{district.Name}\" has a negative budget or count.");
        }
        var projects = district.Funded.Select(p => (p.Id, p.Cost, p.Votes)).Concat(district.NotFunded.Select(p => (p.Id, p.Cost, p.Votes))).ToList();
        if (projects.FirstOrDefault(p => p.Cost < 0 || p.Votes < 0) is { Id: not null } negative)
        {
            throw Invalid($"Project \"{negative.Id}\" in \"{district.Name}\" has a negative cost or vote count.");
        }
        if (projects.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw Invalid($"Project \"{repeated.Key}\" appears more than once in \"{district.Name}\".");
        }
    }

    private static void CheckTemplates(ResultsReportText text)
    {
        (string Name, string Template, int Arguments)[] templates =
        [
            (nameof(text.RuleValue), text.RuleValue, 2),
            (nameof(text.VerifyCaption), text.VerifyCaption, 1),
            (nameof(text.FundedCount), text.FundedCount, 2),
            (nameof(text.DistrictFacts), text.DistrictFacts, 4),
            (nameof(text.ChartValue), text.ChartValue, 1),
            (nameof(text.ChartTopNote), text.ChartTopNote, 1),
            (nameof(text.NotFundedBecause), text.NotFundedBecause, 1),
            (nameof(text.PageFooter), text.PageFooter, 2),
        ];
        foreach (var (name, template, arguments) in templates)
        {
            try
            {
                _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new object[arguments]);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"The text {name} \"{template}\" is not a format string with {arguments} argument(s).", "report", e);
            }
        }
        try
        {
            _ = DateTimeOffset.UnixEpoch.ToString(text.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The date format \"{text.DateFormat}\" is not valid.", "report", e);
        }
    }

    private static ArgumentException Invalid(string message) => new(message, "report");
}
