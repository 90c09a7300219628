using Budgeting.Reports.Layout;

namespace Budgeting.Reports.Results;

public static partial class ResultsReportLayout
{
    private static void Method(FlowLayout layout, ResultsReport report, ResultsFormat format)
    {
        layout.Heading(report.Text.MethodHeading)
            .Heading(format.Template(report.Text.RuleValue, report.RuleName, report.RuleId), level: 3);
        var paragraphs = report.RuleExplanation.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
        {
            layout.Paragraph(paragraph);
        }
    }
}
