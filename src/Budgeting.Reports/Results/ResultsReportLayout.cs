using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Results;

/// <summary>
/// Lays a <see cref="ResultsReport"/> out as US Letter pages: a cover (process, place, date, total budget, rule, the
/// SHA-256 and a QR code to the verification page), a summary table of districts, per district a chart of the funded
/// projects' votes and the allocation table (its header repeated on every page it spans), the method in plain words,
/// turnout, and "Página n de N" on every page. Pure: the same report gives the same document, and so the same PDF
/// bytes through <see cref="Rendering.PdfRenderer"/>.
/// </summary>
public static partial class ResultsReportLayout
{
    /// <summary>The chart shows at most this many funded projects, the most voted; the table always shows all.</summary>
    public const int ChartLimit = 20;

    private const float HeaderBaselineAboveContent = 22;
    private const float FooterBaselineBelowContent = 30;

    /// <summary>US Letter (Mexico prints on carta), with room above and below the content for header and footer.</summary>
    public static LayoutSettings Settings { get; } = new()
    {
        PageSize = PageSize.Letter,
        Margins = new Margins(60, 54, 60, 54),
    };

    /// <summary>
    /// The page model. Throws <see cref="ArgumentException"/> for a report with no districts, a blank name, a negative
    /// amount or count, a hash that is not 64 lowercase hex digits, a blank verification URL, or an invalid template.
    /// </summary>
    public static Document Build(ResultsReport report)
    {
        ResultsReportValidation.Validate(report);
        var settings = Settings with { Culture = report.Culture };
        var format = new ResultsFormat(report);
        var layout = new FlowLayout(settings)
        {
            Header = frame => PageHeader(frame, report, settings),
            Footer = frame => frame.PageNumberLine(report.Text.PageFooter, settings.Caption, frame.ContentBox.Bottom + FooterBaselineBelowContent),
        };
        Cover(layout, report, format);
        layout.PageBreak();
        Summary(layout, report, format);
        foreach (var district in report.Districts)
        {
            District(layout, district, report, format);
        }
        Method(layout, report, format);
        Turnout(layout, report, format);
        var info = new DocumentInfo(report.ProcessName, report.Place, report.Text.DocumentSubject, report.Culture.Name, report.ResultDate);
        return layout.Build(info);
    }

    private static void PageHeader(PageFrame frame, ResultsReport report, LayoutSettings settings)
    {
        if (frame.PageNumber == 1)
        {
            return;
        }
        var baseline = frame.ContentBox.Y - HeaderBaselineAboveContent;
        frame.Text(report.ProcessName, settings.Caption, frame.ContentBox.X, baseline);
        frame.Line(frame.ContentBox.X, baseline + 6, frame.ContentBox.Right, baseline + 6, settings.Rule);
    }
}
