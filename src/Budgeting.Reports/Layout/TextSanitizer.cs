using System.Globalization;
using System.Text;
using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>
/// Normalises text to NFC and replaces every character the font cannot draw with U+FFFD, remembering each one,
/// because a missing glyph otherwise prints as nothing and vanishes from the extracted text.
/// </summary>
public sealed class TextSanitizer(ITextMeasurer measurer)
{
    public const char Substitute = '\uFFFD';

    private readonly List<MissingCharacter> _missing = [];
    private readonly HashSet<MissingCharacter> _seen = [];

    /// <summary>Every character substituted so far, once per distinct character and text.</summary>
    public IReadOnlyList<MissingCharacter> Missing => _missing;

    /// <summary>Text ready to draw in <paramref name="style"/>: NFC, tabs as spaces, line feeds kept.</summary>
    public string Clean(string text, TextStyle style)
    {
        var normalised = text.Replace("\r\n", "\n").Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(normalised.Length);
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (rune.Value is '\n' or ' ')
            {
                clean.Append((char)rune.Value);
            }
            else if (rune.Value is '\t' or '\r')
            {
                clean.Append(' ');
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.Control && measurer.CanDraw(rune.Value, style))
            {
                clean.Append(rune.ToString());
            }
            else
            {
                Report(new MissingCharacter(rune.Value, normalised));
                clean.Append(Substitute);
            }
        }
        return clean.ToString();
    }

    private void Report(MissingCharacter missing)
    {
        if (_seen.Add(missing))
        {
            _missing.Add(missing);
        }
    }
}
