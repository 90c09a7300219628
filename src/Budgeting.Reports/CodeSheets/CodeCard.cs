using Budgeting.Reports.Fonts;
using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.CodeSheets;

/// <summary>
/// Draws one cut-out card: process name, district, heading and code down the left, the QR code top right, instructions
/// and closing time across the bottom, inside a light cut line. Text shared by every card is fitted once per sheet.
/// </summary>
internal sealed class CodeCard
{
    public const float Padding = 10;

    // With its 4-module quiet zone, a 96 pt box prints a version 4–5 symbol (a 30-odd character URL) 27–28 mm wide.
    public const float QrSize = 96;

    private const float Gap = 4;

    public static readonly Rgb CutLine = new(175, 175, 175);

    private static readonly TextStyle ProcessStyle = TextStyle.Regular(7.5f).WithColour(Rgb.DarkGray);
    private static readonly TextStyle DistrictStyle = TextStyle.Bold(11);
    private static readonly TextStyle HeadingStyle = TextStyle.Regular(9).WithColour(Rgb.DarkGray);
    private static readonly TextStyle CodeStyle = TextStyle.Bold(20);
    private static readonly TextStyle InstructionsStyle = TextStyle.Regular(8);
    private static readonly TextStyle ClosesStyle = TextStyle.Bold(8);

    private readonly ITextMeasurer _measurer;
    private readonly FittedText _process;
    private readonly FittedText _heading;
    private readonly FittedText _instructions;
    private readonly TextStyle _codeStyle;
    private readonly FitBox _districtBox;
    private readonly float _districtTop;
    private readonly float _headingTop;
    private readonly float _codeTop;
    private readonly Dictionary<string, FittedText> _districts = [];

    public CodeCard(CodeSheet sheet, float width, float height, ITextMeasurer measurer)
    {
        _measurer = measurer;
        Width = width;
        Height = height;
        var inner = new Box(0, 0, width - 2 * Padding, height - 2 * Padding);
        var left = inner.Width - QrSize - Gap;
        var codeHeight = measurer.LineHeight(CodeStyle);
        var headingHeight = measurer.LineHeight(HeadingStyle);
        var processHeight = 2 * measurer.LineHeight(ProcessStyle);

        _codeTop = QrSize - codeHeight;
        _headingTop = _codeTop - headingHeight;
        _districtTop = processHeight + Gap / 2;
        _districtBox = new FitBox(left, _headingTop - Gap / 2 - _districtTop, MinScale: 0.65f);
        _process = FittedText.Fit(nameof(CodeSheet.ProcessName), new FitBox(left, processHeight, 0.8f), measurer, new Paragraph(sheet.ProcessName, ProcessStyle));
        _heading = FittedText.Fit(nameof(CodeSheet.Heading), new FitBox(left, headingHeight, 0.75f, MaxLines: 1), measurer, new Paragraph(sheet.Heading, HeadingStyle));
        _instructions = FittedText.Fit(
            nameof(CodeSheet.Instructions),
            new FitBox(inner.Width, inner.Height - QrSize - Gap, 0.75f),
            measurer,
            new Paragraph(sheet.Instructions, InstructionsStyle),
            new Paragraph(sheet.ClosesText, ClosesStyle));
        // Every code gets the size that fits the widest one, so the cards look alike.
        var widest = sheet.Entries.MaxBy(e => measurer.Width(e.Code, CodeStyle))!.Code;
        var code = FittedText.Fit(nameof(CodeSheetEntry.Code), new FitBox(left, codeHeight, 0.6f, MaxLines: 1), measurer, new Paragraph(widest, CodeStyle));
        _codeStyle = CodeStyle with { Size = CodeStyle.Size * code.Scale };
    }

    public float Width { get; }

    public float Height { get; }

    public void Draw(LayoutCanvas canvas, float x, float y, CodeSheetEntry entry)
    {
        var inner = new Box(x + Padding, y + Padding, Width - 2 * Padding, Height - 2 * Padding);
        canvas.Rectangle(new Box(x, y, Width, Height), fill: null, stroke: CutLine, strokeWidth: 0.5f);
        canvas.QrCode(entry.Url, inner.Right - QrSize, inner.Y, QrSize);
        _process.Draw(canvas, inner.X, inner.Y);
        District(entry.DistrictName).Draw(canvas, inner.X, inner.Y + _districtTop);
        _heading.Draw(canvas, inner.X, inner.Y + _headingTop);
        canvas.Text(entry.Code, _codeStyle, inner.X, inner.Y + _codeTop + _measurer.Ascent(_codeStyle));
        _instructions.Draw(canvas, inner.X, inner.Y + QrSize + Gap);
    }

    // Many cards share a district, so each name is fitted once.
    private FittedText District(string name)
    {
        if (!_districts.TryGetValue(name, out var fitted))
        {
            fitted = FittedText.Fit(nameof(CodeSheetEntry.DistrictName), _districtBox, _measurer, new Paragraph(name, DistrictStyle));
            _districts[name] = fitted;
        }
        return fitted;
    }
}
