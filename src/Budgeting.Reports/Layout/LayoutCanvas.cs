using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>
/// Draws positioned elements (page coordinates, points, y down) into a region of a page: a fixed block in the flow,
/// or a page header/footer. All text goes through the sanitizer, so missing characters are reported.
/// </summary>
public class LayoutCanvas
{
    private readonly TextSanitizer _sanitizer;
    private readonly List<PageElement> _sink;

    internal LayoutCanvas(Box bounds, ITextMeasurer measurer, TextSanitizer sanitizer, List<PageElement> sink)
    {
        Bounds = bounds;
        Measurer = measurer;
        _sanitizer = sanitizer;
        _sink = sink;
    }

    /// <summary>The region this canvas is meant to draw in (nothing is clipped).</summary>
    public Box Bounds { get; }

    public ITextMeasurer Measurer { get; }

    /// <summary>
    /// One line of text whose left edge, centre or right edge (by <paramref name="align"/>) is at <paramref name="x"/>.
    /// Returns the drawn width.
    /// </summary>
    public float Text(string text, TextStyle style, float x, float baseline, TextAlign align = TextAlign.Left)
    {
        var clean = _sanitizer.Clean(text, style).Replace('\n', ' ');
        var width = Measurer.Width(clean, style);
        var left = align switch
        {
            TextAlign.Center => x - width / 2,
            TextAlign.Right => x - width,
            _ => x,
        };
        _sink.Add(new TextRun(clean, left, baseline, width, style));
        return width;
    }

    /// <summary>Text wrapped to the width of <paramref name="box"/>, from its top down; returns the height used.</summary>
    public float TextBlock(string text, TextStyle style, Box box, TextAlign align = TextAlign.Left)
    {
        var lineHeight = Measurer.LineHeight(style);
        var lines = TextWrapper.Wrap(_sanitizer.Clean(text, style), style, box.Width, Measurer);
        var x = align switch
        {
            TextAlign.Center => box.X + box.Width / 2,
            TextAlign.Right => box.Right,
            _ => box.X,
        };
        for (var i = 0; i < lines.Count; i++)
        {
            Text(lines[i], style, x, box.Y + i * lineHeight + Measurer.Ascent(style), align);
        }
        return lines.Count * lineHeight;
    }

    public void Rectangle(Box bounds, Rgb? fill, Rgb? stroke = null, float strokeWidth = 0.5f) =>
        _sink.Add(new RectangleElement(bounds, fill, stroke, strokeWidth));

    public void Line(float x1, float y1, float x2, float y2, Rgb colour, float width = 0.5f) =>
        _sink.Add(new LineElement(x1, y1, x2, y2, colour, width));

    public void Link(Box bounds, string uri) => _sink.Add(new LinkArea(bounds, uri));

    /// <summary>A QR code for <paramref name="text"/> filling a square; an http(s) text also becomes a link.</summary>
    public QrCodeElement QrCode(string text, float x, float y, float size, Rgb? dark = null)
    {
        var element = new QrCodeElement(new Box(x, y, size, size), QrCodes.Encode(text), text, dark ?? Rgb.Black);
        _sink.Add(element);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            Link(element.Bounds, text);
        }
        return element;
    }
}
