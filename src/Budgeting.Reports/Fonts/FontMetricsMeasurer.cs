using Budgeting.Reports.Model;

namespace Budgeting.Reports.Fonts;

/// <summary>An <see cref="ITextMeasurer"/> over the embedded fonts' own metrics tables.</summary>
public sealed class FontMetricsMeasurer : ITextMeasurer
{
    private static readonly Lazy<FontMetricsMeasurer> Shared = new(() => new FontMetricsMeasurer());

    private readonly FontMetrics _regular = FontMetrics.Parse(EmbeddedFonts.Get(TextStyle.NotoSans, FontWeight.Regular).Span);
    private readonly FontMetrics _bold = FontMetrics.Parse(EmbeddedFonts.Get(TextStyle.NotoSans, FontWeight.Bold).Span);

    private FontMetricsMeasurer()
    {
    }

    /// <summary>The measurer for the embedded Noto Sans faces; immutable and safe to share between threads.</summary>
    public static FontMetricsMeasurer NotoSans => Shared.Value;

    public float Width(string text, TextStyle style)
    {
        var metrics = For(style);
        var missingAdvance = metrics.Advance(0xFFFD) ?? 0;
        long units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += metrics.Advance(rune.Value) ?? missingAdvance;
        }
        return units * style.Size / metrics.UnitsPerEm;
    }

    public float Ascent(TextStyle style) => For(style).Ascender * style.Size / For(style).UnitsPerEm;

    public float LineHeight(TextStyle style)
    {
        var m = For(style);
        return (m.Ascender + m.Descender + m.LineGap) * style.Size / m.UnitsPerEm;
    }

    public bool CanDraw(int codePoint, TextStyle style) => For(style).Contains(codePoint);

    private FontMetrics For(TextStyle style)
    {
        if (style.Family != TextStyle.NotoSans)
        {
            throw new ArgumentException($"No metrics for font family \"{style.Family}\".", nameof(style));
        }
        return style.Weight == FontWeight.Bold ? _bold : _regular;
    }
}
