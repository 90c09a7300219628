using System.Text;
using Budgeting.Reports.Fonts;
using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.CodeSheets;

/// <summary>A region of a card that text must fit in, and how far the text may shrink to fit it.</summary>
internal sealed record FitBox(float Width, float Height, float MinScale, int MaxLines = int.MaxValue);

/// <summary>One paragraph of text in its preferred style.</summary>
internal sealed record Paragraph(string Text, TextStyle Style);

/// <summary>
/// Paragraphs wrapped at the largest common scale (from 1 down to the box's minimum) at which they fit the box, so long
/// text shrinks and wraps instead of spilling out of its card.
/// </summary>
internal sealed class FittedText
{
    private const float ScaleStep = 0.025f;
    private const float ParagraphGap = 0.25f;

    private readonly IReadOnlyList<(string Text, TextStyle Style, float Baseline)> _lines;

    private FittedText(IReadOnlyList<(string, TextStyle, float)> lines, float scale)
    {
        _lines = lines;
        Scale = scale;
    }

    /// <summary>The factor applied to every paragraph's preferred size.</summary>
    public float Scale { get; }

    /// <summary>
    /// Fits the paragraphs into <paramref name="box"/>; throws an <see cref="ArgumentException"/> naming
    /// <paramref name="what"/> when they do not fit even at the minimum scale.
    /// </summary>
    public static FittedText Fit(string what, FitBox box, ITextMeasurer measurer, params Paragraph[] paragraphs)
    {
        // Only normalised here, so that the canvas drawing the lines is the one that finds and reports missing characters.
        var normalised = paragraphs.Select(p => p with { Text = p.Text.Normalize(NormalizationForm.FormC) }).ToList();
        for (var step = 0; 1 - step * ScaleStep >= box.MinScale - 0.001f; step++)
        {
            if (TryFit(normalised, 1 - step * ScaleStep, box, measurer) is { } fitted)
            {
                return fitted;
            }
        }
        var text = string.Join(" ", paragraphs.Select(p => p.Text));
        throw new ArgumentException($"{what} \"{text}\" does not fit on a code card even when shrunk; shorten it.", "sheet");
    }

    /// <summary>Draws the lines with the top of the first at <paramref name="top"/>.</summary>
    public void Draw(LayoutCanvas canvas, float x, float top)
    {
        foreach (var (text, style, baseline) in _lines)
        {
            canvas.Text(text, style, x, top + baseline);
        }
    }

    private static FittedText? TryFit(IReadOnlyList<Paragraph> paragraphs, float scale, FitBox box, ITextMeasurer measurer)
    {
        var lines = new List<(string, TextStyle, float)>();
        var y = 0f;
        foreach (var paragraph in paragraphs)
        {
            var style = paragraph.Style with { Size = paragraph.Style.Size * scale };
            var lineHeight = measurer.LineHeight(style);
            if (lines.Count > 0)
            {
                y += ParagraphGap * lineHeight;
            }
            foreach (var line in TextWrapper.Wrap(paragraph.Text, style, box.Width, measurer))
            {
                lines.Add((line, style, y + measurer.Ascent(style)));
                y += lineHeight;
            }
        }
        return lines.Count <= box.MaxLines && y <= box.Height + 0.01f ? new FittedText(lines, scale) : null;
    }
}
