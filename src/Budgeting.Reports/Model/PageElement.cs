namespace Budgeting.Reports.Model;

/// <summary>Something drawn on a page, positioned in points from the top-left corner.</summary>
public abstract record PageElement
{
    public abstract PageElement Offset(float dx, float dy);
}

/// <summary>One line of text; <see cref="X"/> is its left edge and <see cref="Width"/> its measured advance.</summary>
public sealed record TextRun(string Text, float X, float Baseline, float Width, TextStyle Style) : PageElement
{
    public override PageElement Offset(float dx, float dy) => this with { X = X + dx, Baseline = Baseline + dy };
}

public sealed record RectangleElement(Box Bounds, Rgb? Fill, Rgb? Stroke = null, float StrokeWidth = 0.5f) : PageElement
{
    public override PageElement Offset(float dx, float dy) => this with { Bounds = Bounds.Offset(dx, dy) };
}

public sealed record LineElement(float X1, float Y1, float X2, float Y2, Rgb Colour, float Width) : PageElement
{
    public override PageElement Offset(float dx, float dy) =>
        this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}

/// <summary>A clickable area that opens <see cref="Uri"/>.</summary>
public sealed record LinkArea(Box Bounds, string Uri) : PageElement
{
    public override PageElement Offset(float dx, float dy) => this with { Bounds = Bounds.Offset(dx, dy) };
}

/// <summary>A QR code drawn as square modules filling <see cref="Bounds"/>; the matrix includes its quiet zone.</summary>
public sealed record QrCodeElement(Box Bounds, QrMatrix Modules, string Text, Rgb Dark) : PageElement
{
    public override PageElement Offset(float dx, float dy) => this with { Bounds = Bounds.Offset(dx, dy) };
}
