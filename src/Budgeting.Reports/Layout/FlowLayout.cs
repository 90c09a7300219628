using Budgeting.Reports.Model;

namespace Budgeting.Reports.Layout;

/// <summary>
/// Lays content out top to bottom inside the page margins, starting new pages as needed, into a
/// <see cref="Document"/>. Usage: create, set <see cref="Header"/>/<see cref="Footer"/>, add blocks, then
/// <see cref="Build"/>. One instance per document; not thread-safe.
/// </summary>
public sealed partial class FlowLayout
{
    private const float Epsilon = 0.01f;

    private readonly LayoutSettings _settings;
    private readonly TextSanitizer _sanitizer;
    private readonly List<List<PageElement>> _pages = [];
    private readonly bool _unbounded;
    private float _y;

    /// <summary>Starts a layout with its first page.</summary>
    public FlowLayout(LayoutSettings? settings = null)
        : this(settings ?? new LayoutSettings(), null, unbounded: false)
    {
    }

    private FlowLayout(LayoutSettings settings, TextSanitizer? sanitizer, bool unbounded)
    {
        _settings = settings;
        _sanitizer = sanitizer ?? new TextSanitizer(settings.Measurer);
        _unbounded = unbounded;
        NewPage();
    }

    public LayoutSettings Settings => _settings;

    /// <summary>Draws each page's header; runs in <see cref="Build"/>, when the page count is known.</summary>
    public Action<PageFrame>? Header { get; set; }

    /// <summary>Draws each page's footer; runs in <see cref="Build"/>, when the page count is known.</summary>
    public Action<PageFrame>? Footer { get; set; }

    public int PageCount => _pages.Count;

    /// <summary>The cursor: the y coordinate where the next block starts.</summary>
    public float CursorY => _y;

    /// <summary>Height left on the current page below the cursor.</summary>
    public float RemainingHeight => _unbounded ? float.PositiveInfinity : _settings.ContentBox.Bottom - _y;

    public IReadOnlyList<MissingCharacter> MissingCharacters => _sanitizer.Missing;

    private bool AtPageTop => Math.Abs(_y - TopOfContent) < Epsilon;

    private float TopOfContent => _unbounded ? 0 : _settings.ContentBox.Y;

    /// <summary>A heading (level 1–3); moves to a new page if it would end up alone at the bottom of one.</summary>
    public FlowLayout Heading(string text, int level = 1)
    {
        var style = level switch
        {
            1 => _settings.Heading1,
            2 => _settings.Heading2,
            3 => _settings.Heading3,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Heading levels are 1 to 3."),
        };
        var lines = Wrap(text, style, _settings.ContentBox.Width);
        var lineHeight = _settings.Measurer.LineHeight(style);
        // Keep the heading with roughly three lines of what follows it.
        EnsureSpace(lines.Count * lineHeight + 3 * _settings.Measurer.LineHeight(_settings.Body));
        WriteLines(lines, style, TextAlign.Left);
        _y += _settings.BlockSpacing / 2;
        return this;
    }

    /// <summary>A wrapped paragraph; it may continue on the next page, line by line.</summary>
    public FlowLayout Paragraph(string text, TextStyle? style = null, TextAlign align = TextAlign.Left)
    {
        var s = style ?? _settings.Body;
        WriteLines(Wrap(text, s, _settings.ContentBox.Width), s, align);
        _y += _settings.BlockSpacing;
        return this;
    }

    public FlowLayout Space(float points)
    {
        if (!AtPageTop)
        {
            _y += points;
        }
        return this;
    }

    public FlowLayout PageBreak()
    {
        if (!AtPageTop)
        {
            NewPage();
        }
        return this;
    }

    /// <summary>
    /// A block of fixed height drawn with absolute coordinates inside <see cref="LayoutCanvas.Bounds"/> (content
    /// width, starting at the cursor); it moves whole to the next page when it does not fit.
    /// </summary>
    public FlowLayout Fixed(float height, Action<LayoutCanvas> draw)
    {
        EnsureSpace(height);
        draw(CanvasAtCursor(height));
        _y += height;
        return this;
    }

    /// <summary>
    /// Lays <paramref name="content"/> out on one page: on this one if it fits, else on the next. Content taller than
    /// a whole page cannot be kept together and flows across pages instead.
    /// </summary>
    public FlowLayout KeepTogether(Action<FlowLayout> content)
    {
        var scratch = new FlowLayout(_settings, _sanitizer, unbounded: true);
        content(scratch);
        var height = scratch._y;
        if (height > RemainingHeight + Epsilon)
        {
            if (height > _settings.ContentBox.Height + Epsilon)
            {
                content(this);
                return this;
            }
            NewPage();
        }
        foreach (var element in scratch._pages[0])
        {
            _pages[^1].Add(element.Offset(0, _y));
        }
        _y += height;
        return this;
    }

    /// <summary>Runs the header and footer callbacks on every page and returns the finished document.</summary>
    public Document Build(DocumentInfo info)
    {
        var pages = new List<Page>(_pages.Count);
        for (var i = 0; i < _pages.Count; i++)
        {
            var elements = new List<PageElement>(_pages[i]);
            var frame = new PageFrame(i + 1, _pages.Count, _settings, _sanitizer, elements);
            Header?.Invoke(frame);
            Footer?.Invoke(frame);
            pages.Add(new Page(_settings.PageSize, elements));
        }
        return new Document(info, pages, [.. _sanitizer.Missing]);
    }

    internal void EnsureSpace(float height)
    {
        if (height > RemainingHeight + Epsilon && !AtPageTop)
        {
            NewPage();
        }
    }

    internal void NewPage()
    {
        if (_unbounded && _pages.Count > 0)
        {
            return;
        }
        _pages.Add([]);
        _y = TopOfContent;
    }

    internal LayoutCanvas CanvasAtCursor(float height) =>
        new(new Box(_settings.ContentBox.X, _y, _settings.ContentBox.Width, height), _settings.Measurer, _sanitizer, _pages[^1]);

    internal IReadOnlyList<string> Wrap(string text, TextStyle style, float width) =>
        TextWrapper.Wrap(_sanitizer.Clean(text, style), style, width, _settings.Measurer);

    private void WriteLines(IReadOnlyList<string> lines, TextStyle style, TextAlign align)
    {
        var lineHeight = _settings.Measurer.LineHeight(style);
        var content = _settings.ContentBox;
        var x = align switch
        {
            TextAlign.Center => content.X + content.Width / 2,
            TextAlign.Right => content.Right,
            _ => content.X,
        };
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            CanvasAtCursor(lineHeight).Text(line, style, x, _y + _settings.Measurer.Ascent(style), align);
            _y += lineHeight;
        }
    }
}
