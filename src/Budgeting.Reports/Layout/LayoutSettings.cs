using System.Globalization;
using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>Page geometry, text styles and colours for a <see cref="FlowLayout"/>.</summary>
public sealed record LayoutSettings
{
    public PageSize PageSize { get; init; } = PageSize.A4;

    public Margins Margins { get; init; } = new(64, 56, 64, 56);

    public ITextMeasurer Measurer { get; init; } = FontMetricsMeasurer.NotoSans;

    /// <summary>Culture used to fill page-number templates.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    public TextStyle Body { get; init; } = TextStyle.Regular(10);

    public TextStyle Heading1 { get; init; } = TextStyle.Bold(18);

    public TextStyle Heading2 { get; init; } = TextStyle.Bold(14);

    public TextStyle Heading3 { get; init; } = TextStyle.Bold(11.5f);

    public TextStyle Caption { get; init; } = TextStyle.Regular(8).WithColour(Rgb.DarkGray);

    public TextStyle TableHeader { get; init; } = TextStyle.Bold(9);

    public TextStyle TableCell { get; init; } = TextStyle.Regular(9);

    public Rgb Accent { get; init; } = Rgb.Blue;

    public Rgb Rule { get; init; } = Rgb.Gray;

    public Rgb HeaderFill { get; init; } = Rgb.LightGray;

    public Rgb ZebraFill { get; init; } = new(246, 246, 246);

    /// <summary>Space after a paragraph, heading, table, chart or QR block, in points.</summary>
    public float BlockSpacing { get; init; } = 8;

    public Box ContentBox => new(
        Margins.Left,
        Margins.Top,
        PageSize.Width - Margins.Left - Margins.Right,
        PageSize.Height - Margins.Top - Margins.Bottom);
}
