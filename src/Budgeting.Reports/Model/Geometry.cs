namespace Budgeting.Reports.Model;

/// <summary>A page size in PDF points (1/72 inch), portrait.</summary>
public sealed record PageSize(float Width, float Height)
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    public static readonly PageSize A4 = new(595.2756f, 841.8898f);

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static readonly PageSize Letter = new(612f, 792f);
}

/// <summary>A rectangle in points; the origin is the top-left corner of the page and y grows downwards.</summary>
public readonly record struct Box(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;

    public Box Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>Page margins in points.</summary>
public sealed record Margins(float Top, float Right, float Bottom, float Left)
{
    public static Margins All(float points) => new(points, points, points, points);
}

/// <summary>An opaque sRGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb Black = new(0, 0, 0);
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb DarkGray = new(64, 64, 64);
    public static readonly Rgb Gray = new(128, 128, 128);
    public static readonly Rgb LightGray = new(235, 235, 235);
    public static readonly Rgb Blue = new(31, 92, 153);
}
