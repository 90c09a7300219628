using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.CodeSheets;

/// <summary>
/// Lays a <see cref="CodeSheet"/> out as US Letter pages of cut-out cards, <see cref="Columns"/> × <see cref="Rows"/>
/// per page, with a page-number footer. Render the result with <see cref="Rendering.PdfRenderer"/>.
/// </summary>
public static class CodeSheetLayout
{
    public const int Columns = 2;

    public const int Rows = 4;

    public const int CardsPerPage = Columns * Rows;

    private const float FooterBaselineBelowContent = 24;

    /// <summary>US Letter (Mexico prints on carta) with half-inch margins and room for the footer.</summary>
    public static LayoutSettings Settings { get; } = new()
    {
        PageSize = PageSize.Letter,
        Margins = new Margins(36, 36, 54, 36),
    };

    /// <summary>
    /// The page model: one card per entry, in order. Throws <see cref="ArgumentException"/> for a sheet with no
    /// entries, a blank or repeated code, a blank URL, an invalid footer template, or text that does not fit on a card
    /// even when shrunk.
    /// </summary>
    public static Document Build(CodeSheet sheet)
    {
        Validate(sheet);
        var content = Settings.ContentBox;
        var card = new CodeCard(sheet, content.Width / Columns, content.Height / Rows, Settings.Measurer);
        var layout = new FlowLayout(Settings)
        {
            Footer = frame => frame.PageNumberLine(sheet.PageFooterTemplate, Settings.Caption, frame.ContentBox.Bottom + FooterBaselineBelowContent),
        };
        foreach (var row in sheet.Entries.Chunk(Columns))
        {
            layout.Fixed(card.Height, canvas =>
            {
                for (var column = 0; column < row.Length; column++)
                {
                    card.Draw(canvas, canvas.Bounds.X + column * card.Width, canvas.Bounds.Y, row[column]);
                }
            });
        }
        return layout.Build(sheet.Info);
    }

    private static void Validate(CodeSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.Entries.Count == 0)
        {
            throw new ArgumentException("A code sheet needs at least one code.", nameof(sheet));
        }
        if (sheet.Entries.FirstOrDefault(e => string.IsNullOrWhiteSpace(e.Code) || string.IsNullOrWhiteSpace(e.Url)) is { } blank)
        {
            throw new ArgumentException($"The entry for district \"{blank.DistrictName}\" has no code or no URL.", nameof(sheet));
        }
        var repeated = sheet.Entries.GroupBy(e => e.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Code \"{repeated.Key}\" appears {repeated.Count()} times; each code is for one resident.", nameof(sheet));
        }
        try
        {
            _ = string.Format(Settings.Culture, sheet.PageFooterTemplate, 1, 1);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The page footer template \"{sheet.PageFooterTemplate}\" is not a valid format string; use {{0}} for the page and {{1}} for the page count.", nameof(sheet), e);
        }
    }
}
