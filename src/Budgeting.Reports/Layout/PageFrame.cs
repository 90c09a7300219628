using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>
/// The canvas a header or footer callback draws on. Callbacks run after the whole flow is laid out, so
/// <see cref="PageCount"/> is the real total.
/// </summary>
public sealed class PageFrame : LayoutCanvas
{
    private readonly LayoutSettings _settings;

    internal PageFrame(int pageNumber, int pageCount, LayoutSettings settings, TextSanitizer sanitizer, List<PageElement> sink)
        : base(new Box(0, 0, settings.PageSize.Width, settings.PageSize.Height), settings.Measurer, sanitizer, sink)
    {
        PageNumber = pageNumber;
        PageCount = pageCount;
        _settings = settings;
    }

    /// <summary>One-based number of this page.</summary>
    public int PageNumber { get; }

    public int PageCount { get; }

    public Box ContentBox => _settings.ContentBox;

    /// <summary>Fills a template such as "Página {0} de {1}" with this page's number and the page count.</summary>
    public string PageNumberText(string template) =>
        string.Format(_settings.Culture, template, PageNumber, PageCount);

    /// <summary>Draws the filled template on one line, aligned within the content width.</summary>
    public void PageNumberLine(string template, TextStyle style, float baseline, TextAlign align = TextAlign.Center)
    {
        var x = align switch
        {
            TextAlign.Left => ContentBox.X,
            TextAlign.Right => ContentBox.Right,
            _ => ContentBox.X + ContentBox.Width / 2,
        };
        Text(PageNumberText(template), style, x, baseline, align);
    }
}
