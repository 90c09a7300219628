using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Layout;

public class FlowLayoutTableTests
{
    private static readonly TableColumn[] Columns =
    [
        new("Proyecto", 1),
        new("Descripción", 3),
        new("Monto", 1.2f, TextAlign.Right),
    ];

    private static Table SampleTable(int rows) => new(Columns, [.. Enumerable.Range(1, rows).Select(Row)]);

    // Every fifth description wraps over several lines; its first and last words name the row.
    private static TableRow Row(int i) => new(
        $"Fila {i}",
        i % 5 == 0 ? $"inicio-{i} " + string.Concat(Enumerable.Repeat("banqueta y alumbrado ", 12)) + $"fin-{i}" : $"Obra {i}",
        $"$ {i * 1000:N0}");

    private static Document Lay(Table table, LayoutSettings? settings = null)
    {
        var layout = new FlowLayout(settings);
        layout.Paragraph("Tabla de asignaciones");
        return layout.Table(table).Build(DocumentQueries.Info);
    }

    [Test]
    public void RepeatsTheHeaderRowAtTheTopOfEveryPage()
    {
        var document = Lay(SampleTable(120));

        Assert.That(document.Pages, Has.Count.GreaterThanOrEqualTo(3));
        foreach (var page in document.Pages)
        {
            var runs = page.Texts().Where(t => t.Text != "Tabla de asignaciones").ToList();
            var top = runs.Min(r => r.Baseline);
            Assert.That(runs.Where(r => r.Baseline == top).Select(r => r.Text), Is.EqualTo(new[] { "Proyecto", "Descripción", "Monto" }));
            Assert.That(runs.Where(r => r.Style.Weight == FontWeight.Bold).Select(r => r.Text), Is.EqualTo(new[] { "Proyecto", "Descripción", "Monto" }));
        }
    }

    [Test]
    public void NeverSplitsARowAcrossPages()
    {
        var document = Lay(SampleTable(120));

        for (var i = 5; i <= 120; i += 5)
        {
            var page = document.PagesWith($"Fila {i}").Single();
            var texts = document.Pages[page].Strings().ToList();
            Assert.That(texts.Any(t => t.Split(' ').Contains($"inicio-{i}")), Is.True, $"row {i} starts on page {page}");
            Assert.That(texts.Any(t => t.Split(' ').Contains($"fin-{i}")), Is.True, $"row {i} ends on page {page}");
        }
    }

    [Test]
    public void KeepsEveryRowInsideTheContentBox()
    {
        var settings = new LayoutSettings();
        var document = Lay(SampleTable(120), settings);

        var rows = document.Pages.SelectMany(p => p.Elements.OfType<LineElement>()).ToList();
        Assert.That(rows.Select(l => l.Y1), Has.All.InRange(settings.ContentBox.Y, settings.ContentBox.Bottom + 0.01f));
    }

    [Test]
    public void PutsEveryRowOnTheTableOnce()
    {
        var document = Lay(SampleTable(120));

        var rows = document.Pages.SelectMany(p => p.Strings()).Where(t => t.StartsWith("Fila ", StringComparison.Ordinal));
        Assert.That(rows, Is.EqualTo(Enumerable.Range(1, 120).Select(i => $"Fila {i}")));
    }

    [Test]
    public void AlignsRightAlignedCellsToTheColumnsRightEdge()
    {
        var settings = new LayoutSettings();
        var document = Lay(SampleTable(3), settings);

        var amounts = document.Pages[0].Texts().Where(t => t.Text.StartsWith("$ ", StringComparison.Ordinal)).ToList();
        Assert.That(amounts, Has.Count.EqualTo(3));
        Assert.That(amounts.Select(a => a.X + a.Width), Has.All.EqualTo(settings.ContentBox.Right - 4).Within(0.01f));
    }

    [Test]
    public void SplitsTheContentWidthByRelativeColumnWidths()
    {
        var settings = new LayoutSettings();
        var document = Lay(SampleTable(1), settings);

        var header = document.Pages[0].Texts().Single(t => t.Text == "Descripción");
        Assert.That(header.X, Is.EqualTo(settings.ContentBox.X + settings.ContentBox.Width / 5.2f + 4).Within(0.01f));
    }

    [Test]
    public void DrawsTotalsRowsInBold()
    {
        var table = new Table(Columns, [Row(1), new TableRow(["Total", "", "$ 1,000"], Bold: true)]);

        var document = Lay(table);

        Assert.That(document.Pages[0].Texts().Single(t => t.Text == "Total").Style.Weight, Is.EqualTo(FontWeight.Bold));
    }

    [Test]
    public void RejectsARowWithTheWrongNumberOfCells()
    {
        var table = new Table(Columns, [new TableRow("solo", "dos")]);

        Assert.That(() => Lay(table), Throws.ArgumentException);
    }

    [Test]
    public void RejectsARowTallerThanAPage()
    {
        var table = new Table(Columns, [new TableRow("x", string.Join('\n', Enumerable.Repeat("línea", 80)), "1")]);

        Assert.That(() => Lay(table), Throws.InvalidOperationException);
    }
}
