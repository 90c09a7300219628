using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Budgeting.Cli.Load;

/// <summary>
/// What the load tool reads from the app's pages, by regular expression: the pages are the app's own Razor output, and
/// a regex on the hot path costs a fraction of an HTML parser.
/// </summary>
internal static partial class Html
{
    public static string? Token(string html) => Group(AntiforgeryToken(), html);

    public static string? FormKey(string html) => Group(FormKeyField(), html);

    public static string? Receipt(string html) => Group(ReceiptParagraph(), html) is { } r ? WebUtility.HtmlDecode(r).Trim() : null;

    /// <summary>The project ids an approval ballot offers, in page order.</summary>
    public static IReadOnlyList<int> MarkableProjects(string html) =>
        MarkedValue().Matches(html).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The stylesheets a page links, as their paths.</summary>
    public static IReadOnlyList<string> Stylesheets(string html) =>
        StylesheetLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The options (value, text) of the select whose name is <paramref name="name"/>, without the empty one.</summary>
    public static IReadOnlyList<(string Value, string Text)> Options(string html, string name)
    {
        var select = Regex.Match(html, $"<select[^>]*name=\"{Regex.Escape(name)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline,
            TimeSpan.FromSeconds(1));
        return select.Success
            ? OptionElement().Matches(select.Groups[1].Value)
                .Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value).Trim()))
                .Where(o => o.Item1.Length > 0)
                .ToList()
            : [];
    }

    /// <summary>The receipt hashes listed on the published receipts page.</summary>
    public static IReadOnlyList<string> ReceiptHashes(string html) =>
        ReceiptHash().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The sum of the turnout table's per-box totals.</summary>
    public static long TurnoutTotal(string html) => TurnoutCell().Matches(html).Sum(m => Number(m.Groups[1].Value));

    /// <summary>The validation messages of a refused form, for a readable error.</summary>
    public static string Errors(string html)
    {
        var messages = ErrorBlock().Matches(html)
            .Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, " ")).Trim())
            .Where(t => t.Length > 0)
            .ToList();
        return messages.Count == 0 ? "(no message on the page)" : string.Join(" | ", messages.Distinct(StringComparer.Ordinal));
    }

    private static long Number(string text)
    {
        long n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                n = n * 10 + (c - '0');
            }
        }
        return n;
    }

    private static string? Group(Regex regex, string html) => regex.Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"Form.FormKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex FormKeyField();

    [GeneratedRegex("id=\"receipt\">([^<]+)<")]
    private static partial Regex ReceiptParagraph();

    [GeneratedRegex("name=\"Form.Marked\" value=\"([0-9]+)\"")]
    private static partial Regex MarkedValue();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>")]
    private static partial Regex OptionElement();

    [GeneratedRegex("<code>([0-9a-f]{64})</code>")]
    private static partial Regex ReceiptHash();

    [GeneratedRegex("<td class=\"total\">([^<]*)</td>")]
    private static partial Regex TurnoutCell();

    [GeneratedRegex("class=\"errors?[ \"][^>]*>(.*?)</(?:div|span|p)>", RegexOptions.Singleline)]
    private static partial Regex ErrorBlock();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
