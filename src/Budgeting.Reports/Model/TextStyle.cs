namespace Budgeting.Reports.Model;

public enum FontWeight
{
    Regular,
    Bold,
}

public enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>How a run of text is drawn: font family and weight, size in points, colour.</summary>
public sealed record TextStyle(string Family, FontWeight Weight, float Size, Rgb Colour)
{
    public const string NotoSans = "Noto Sans";

    public static TextStyle Regular(float size) => new(NotoSans, FontWeight.Regular, size, Rgb.Black);

    public static TextStyle Bold(float size) => new(NotoSans, FontWeight.Bold, size, Rgb.Black);

    public TextStyle WithColour(Rgb colour) => this with { Colour = colour };
}
