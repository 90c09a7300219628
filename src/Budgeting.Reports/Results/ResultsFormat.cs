namespace Budgeting.Reports.Results;

/// <summary>The numbers of one report as printed: amounts, counts, shares and the date, all in the report's culture.</summary>
internal sealed class ResultsFormat(ResultsReport report)
{
    public string Money(long minor) => AmountText.Format(minor, report.CurrencyCode, report.Culture);

    public string Count(long count) => count.ToString("N0", report.Culture);

    /// <summary>part / whole as a percentage with one decimal, computed in decimal so it never depends on float rounding.</summary>
    public string Share(long part, long whole) =>
        whole <= 0 ? report.Text.NotApplicable : ((decimal)part / whole).ToString("P1", report.Culture);

    public string Date => report.ResultDate.ToString(report.Text.DateFormat, report.Culture);

    public string Template(string template, params object[] arguments) => string.Format(report.Culture, template, arguments);
}
