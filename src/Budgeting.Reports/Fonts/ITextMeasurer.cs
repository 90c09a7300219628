using Budgeting.Reports.Model;

namespace Budgeting.Reports.Fonts;

/// <summary>Measures text for layout. Widths must match what the renderer draws.</summary>
public interface ITextMeasurer
{
    /// <summary>Advance width of a single line of text in points.</summary>
    float Width(string text, TextStyle style);

    /// <summary>Distance from the top of a line box to its baseline, in points.</summary>
    float Ascent(TextStyle style);

    /// <summary>Height of one line of text in points (ascent + descent + gap).</summary>
    float LineHeight(TextStyle style);

    bool CanDraw(int codePoint, TextStyle style);
}
