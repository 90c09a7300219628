using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Results;

public static partial class ResultsReportLayout
{
    private const float QrSize = 108;

    private static readonly TextStyle CoverValue = TextStyle.Regular(12);

    private static void Cover(FlowLayout layout, ResultsReport report, ResultsFormat format)
    {
        var settings = layout.Settings;
        var text = report.Text;
        layout.Paragraph(text.CoverKicker, settings.Heading3.WithColour(settings.Accent))
            .Heading(report.ProcessName)
            .Paragraph(report.Place, CoverValue.WithColour(Rgb.DarkGray))
            .Space(12);
        Fact(layout, text.ResultDateLabel, format.Date);
        Fact(layout, text.TotalBudgetLabel, format.Money(report.Districts.Sum(d => d.Budget)));
        Fact(layout, text.TotalSpentLabel, format.Money(report.Districts.Sum(d => d.Spent)));
        Fact(layout, text.RuleLabel, format.Template(text.RuleValue, report.RuleName, report.RuleId));
        layout.Space(12)
            .Heading(text.HashHeading, level: 3)
            .Paragraph(report.ResultSha256, CoverValue with { Size = 10.5f })
            .Paragraph(text.HashExplanation)
            .QrCode(report.VerificationUrl, QrSize, format.Template(text.VerifyCaption, report.VerificationUrl));
    }

    /// <summary>A small grey label with its value under it, never split.</summary>
    private static void Fact(FlowLayout layout, string label, string value)
    {
        var settings = layout.Settings;
        var measurer = settings.Measurer;
        var labelStyle = settings.Caption with { Size = 9 };
        var labelHeight = measurer.LineHeight(labelStyle);
        var valueLines = TextWrapper.Wrap(value, CoverValue, settings.ContentBox.Width, measurer).Count;
        layout.Fixed(labelHeight + valueLines * measurer.LineHeight(CoverValue), canvas =>
        {
            var box = canvas.Bounds;
            canvas.Text(label, labelStyle, box.X, box.Y + measurer.Ascent(labelStyle));
            canvas.TextBlock(value, CoverValue, box with { Y = box.Y + labelHeight });
        });
        layout.Space(settings.BlockSpacing);
    }
}
