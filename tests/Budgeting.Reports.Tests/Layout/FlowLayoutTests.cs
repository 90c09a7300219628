using Budgeting.Reports.Fonts;
using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Layout;

public class FlowLayoutTests
{
    // 160 × 160 pt of content, 10 pt lines: 16 lines per page.
    private static LayoutSettings Small(params int[] missing) => new()
    {
        PageSize = new PageSize(200, 200),
        Margins = Margins.All(20),
        Measurer = new MonospaceMeasurer(missing),
        BlockSpacing = 0,
    };

    private static string Lines(int count, string prefix = "línea") =>
        string.Join('\n', Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    [TestCase(16, 1)]
    [TestCase(17, 2)]
    [TestCase(40, 3)]
    public void StartsANewPageWhenTheCurrentOneIsFull(int lines, int expectedPages)
    {
        var layout = new FlowLayout(Small());

        var document = layout.Paragraph(Lines(lines)).Build(DocumentQueries.Info);

        Assert.That(document.Pages, Has.Count.EqualTo(expectedPages));
        Assert.That(document.Pages.Sum(p => p.Texts().Count()), Is.EqualTo(lines));
        Assert.That(document.Pages[^1].Strings().Last(), Is.EqualTo($"línea{lines}"));
    }

    [Test]
    public void KeepsEveryLineInsideTheContentBox()
    {
        var settings = new LayoutSettings();
        var layout = new FlowLayout(settings);
        for (var i = 0; i < 30; i++)
        {
            layout.Heading($"Sección {i}", 2).Paragraph(string.Concat(Enumerable.Repeat("Texto de prueba con acentos: áéíóú ñ. ", 12)));
        }

        var document = layout.Build(DocumentQueries.Info);

        var content = settings.ContentBox;
        var runs = document.Pages.SelectMany(p => p.Texts()).ToList();
        Assert.That(document.Pages, Has.Count.GreaterThan(2));
        Assert.That(runs.Select(r => r.X), Has.All.GreaterThanOrEqualTo(content.X - 0.01f));
        Assert.That(runs.Select(r => r.X + r.Width), Has.All.LessThanOrEqualTo(content.Right + 0.01f));
        Assert.That(runs.Select(r => r.Baseline), Has.All.InRange(content.Y, content.Bottom));
    }

    [Test]
    public void FillsThePageNumberTemplateWithTheRealPageCount()
    {
        var layout = new FlowLayout(Small() with { Culture = new System.Globalization.CultureInfo("es-MX") });
        layout.Footer = frame => frame.PageNumberLine("Página {0} de {1}", TextStyle.Regular(8), 195);

        var document = layout.Paragraph(Lines(40)).Build(DocumentQueries.Info);

        Assert.That(document.Pages.Select(p => p.Strings().Last()), Is.EqualTo(new[] { "Página 1 de 3", "Página 2 de 3", "Página 3 de 3" }));
    }

    [Test]
    public void DrawsTheHeaderOnEveryPage()
    {
        var layout = new FlowLayout(Small());
        layout.Header = frame => frame.Text("Encabezado", TextStyle.Bold(8), frame.ContentBox.X, 12);

        var document = layout.Paragraph(Lines(40)).Build(DocumentQueries.Info);

        Assert.That(document.PagesWith("Encabezado"), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void MovesAKeepTogetherBlockThatDoesNotFitToTheNextPage()
    {
        var layout = new FlowLayout(Small());
        layout.Paragraph(Lines(12));

        var document = layout.KeepTogether(l => l.Paragraph(Lines(6, "bloque"))).Build(DocumentQueries.Info);

        Assert.That(document.Pages, Has.Count.EqualTo(2));
        Assert.That(document.Pages[1].Strings(), Is.EqualTo(Enumerable.Range(1, 6).Select(i => $"bloque{i}")));
        Assert.That(document.Pages[1].Texts().First().Baseline, Is.EqualTo(20 + 8));
    }

    [Test]
    public void LeavesAKeepTogetherBlockThatFitsOnTheCurrentPage()
    {
        var layout = new FlowLayout(Small());
        layout.Paragraph(Lines(10));

        var document = layout.KeepTogether(l => l.Paragraph(Lines(6, "bloque"))).Build(DocumentQueries.Info);

        Assert.That(document.Pages, Has.Count.EqualTo(1));
        Assert.That(document.Pages[0].Texts().Last().Baseline, Is.EqualTo(20 + 15 * 10 + 8));
    }

    [Test]
    public void LetsAKeepTogetherBlockTallerThanAPageFlow()
    {
        var layout = new FlowLayout(Small());

        var document = layout.KeepTogether(l => l.Paragraph(Lines(20))).Build(DocumentQueries.Info);

        Assert.That(document.Pages, Has.Count.EqualTo(2));
        Assert.That(document.Pages.Sum(p => p.Texts().Count()), Is.EqualTo(20));
    }

    [Test]
    public void DoesNotLeaveAHeadingAloneAtTheBottomOfAPage()
    {
        var layout = new FlowLayout(Small());
        layout.Paragraph(Lines(14));

        var document = layout.Heading("Distrito 2").Paragraph(Lines(3)).Build(DocumentQueries.Info);

        Assert.That(document.PagesWith("Distrito 2"), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void MovesAFixedBlockWholeToTheNextPage()
    {
        var layout = new FlowLayout(Small());
        layout.Paragraph(Lines(15));

        var document = layout.Fixed(30, c => c.Rectangle(c.Bounds, Rgb.LightGray)).Build(DocumentQueries.Info);

        var rectangle = document.Pages[1].Elements.OfType<RectangleElement>().Single();
        Assert.That(rectangle.Bounds, Is.EqualTo(new Box(20, 20, 160, 30)));
    }

    [Test]
    public void ReportsCharactersMissingFromTheFontInTheDocument()
    {
        var layout = new FlowLayout(Small(0x263A));
        layout.Footer = frame => frame.Text("pie ☺", TextStyle.Regular(8), 20, 195);

        var document = layout.Paragraph("hola ☺").Build(DocumentQueries.Info);

        Assert.That(document.MissingCharacters, Is.EqualTo(new[] { new MissingCharacter(0x263A, "hola ☺"), new MissingCharacter(0x263A, "pie ☺") }));
        Assert.That(document.Pages[0].Strings(), Does.Contain("hola \uFFFD"));
    }

    [Test]
    public void ReportsNothingForPlainSpanishWithTheRealFont()
    {
        var document = new FlowLayout().Paragraph("Año, señal, «pingüino» — ¿sí?").Build(DocumentQueries.Info);

        Assert.That(document.MissingCharacters, Is.Empty);
    }

    [Test]
    public void BuildsOneEmptyPageFromAnEmptyLayout()
    {
        var document = new FlowLayout().Build(DocumentQueries.Info);

        Assert.That(document.Pages, Has.Count.EqualTo(1));
        Assert.That(document.Pages[0].Elements, Is.Empty);
        Assert.That(document.Pages[0].Size, Is.EqualTo(PageSize.A4));
    }

    [Test]
    public void UsesTheConfiguredPageSize()
    {
        var document = new FlowLayout(new LayoutSettings { PageSize = PageSize.Letter }).Paragraph("Hello").Build(DocumentQueries.Info);

        Assert.That(document.Pages[0].Size, Is.EqualTo(new PageSize(612, 792)));
    }

    [Test]
    public void CentresAndRightAlignsParagraphLines()
    {
        var layout = new FlowLayout(Small());

        var document = layout.Paragraph("abc", align: TextAlign.Center).Paragraph("abcd", align: TextAlign.Right).Build(DocumentQueries.Info);

        var runs = document.Pages[0].Texts().ToList();
        Assert.That(runs[0].X, Is.EqualTo(100 - 7.5f));
        Assert.That(runs[1].X + runs[1].Width, Is.EqualTo(180));
    }

    [Test]
    public void MeasuresWithTheRealFontByDefault()
    {
        Assert.That(new LayoutSettings().Measurer, Is.SameAs(FontMetricsMeasurer.NotoSans));
    }
}
