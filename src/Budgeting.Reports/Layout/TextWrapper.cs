using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>Greedy word wrapping at spaces and line feeds; a word wider than the line is split between characters.</summary>
public static class TextWrapper
{
    private const float Tolerance = 0.01f;

    /// <summary>The lines of <paramref name="text"/> that each fit in <paramref name="width"/> points.</summary>
    public static IReadOnlyList<string> Wrap(string text, TextStyle style, float width, ITextMeasurer measurer)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measurer.Width(candidate, style) <= width + Tolerance)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (measurer.Width(line, style) > width + Tolerance && line.Length > 1)
                {
                    var fit = LongestFittingPrefix(line, style, width, measurer);
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private static int LongestFittingPrefix(string word, TextStyle style, float width, ITextMeasurer measurer)
    {
        var fit = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end < word.Length && char.IsLowSurrogate(word[end]))
            {
                continue;
            }
            if (measurer.Width(word[..end], style) > width + Tolerance)
            {
                break;
            }
            fit = end;
        }
        // Always take at least one character, so a line narrower than one glyph still makes progress.
        return fit > 0 ? fit : char.IsHighSurrogate(word[0]) && word.Length > 1 ? 2 : 1;
    }
}
