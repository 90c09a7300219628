using System.Text;
using System.Text.RegularExpressions;
using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;
using Budgeting.Reports.Rendering;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Rendering;

public partial class PdfRendererTests
{
    private const string Spanish = "Señora Peña: «Año de la participación» — acción, pingüino, ¿sí? ¡Ñandú!";

    private static Document ThreePageTable()
    {
        var layout = new FlowLayout(new LayoutSettings { Culture = new System.Globalization.CultureInfo("es-MX") });
        layout.Footer = f => f.PageNumberLine("Página {0} de {1}", TextStyle.Regular(8), f.ContentBox.Bottom + 30);
        layout.Heading("Asignaciones").Paragraph(Spanish);
        var rows = Enumerable.Range(1, 95).Select(i => new TableRow($"Colonia {i}", $"Proyecto número {i}", $"${i * 1500:N0}.00"));
        layout.Table(new Table([new("Colonia"), new("Proyecto", 2), new("Monto", 1, TextAlign.Right)], [.. rows]));
        return layout.Build(DocumentQueries.Info);
    }

    [Test]
    public void GivesBackSpanishTextWithAccentsEnyeGuillemetsAndDashes()
    {
        using var poppler = new Poppler(PdfRenderer.Render(new FlowLayout().Paragraph(Spanish).Build(DocumentQueries.Info)));

        Assert.That(poppler.PageTexts()[0], Does.Contain(Spanish));
    }

    [Test]
    public void PrintsPageNFooterOfTheRealTotal()
    {
        var document = ThreePageTable();
        using var poppler = new Poppler(PdfRenderer.Render(document));

        var pages = poppler.PageTexts();

        Assert.That(document.Pages, Has.Count.EqualTo(3));
        Assert.That(pages, Has.Count.EqualTo(3));
        for (var i = 0; i < 3; i++)
        {
            Assert.That(pages[i], Does.Contain($"Página {i + 1} de 3"));
        }
    }

    [Test]
    public void PrintsTheTableHeaderOnEachOfThreePages()
    {
        using var poppler = new Poppler(PdfRenderer.Render(ThreePageTable()));

        var pages = poppler.PageTexts();

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages.Select(p => HeaderLine().IsMatch(p)), Has.All.True);
        Assert.That(string.Concat(pages), Does.Contain("Colonia 1 ").And.Contain("Colonia 95 ").And.Contain("$142,500.00"));
    }

    [Test]
    public void EmbedsEveryFont()
    {
        using var poppler = new Poppler(PdfRenderer.Render(ThreePageTable()));

        var fonts = poppler.Fonts();

        Assert.That(fonts, Has.Count.EqualTo(2));
        Assert.That(fonts.Select(f => f.Name), Has.All.Contains("NotoSans"));
        Assert.That(fonts.Select(f => f.Embedded), Has.All.True);
    }

    [Test]
    public void WritesTheSameBytesForTheSameDocument()
    {
        var first = PdfRenderer.Render(ThreePageTable());
        var second = PdfRenderer.Render(ThreePageTable());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void TakesEveryDateFromTheModel()
    {
        var earlier = ThreePageTable();
        var later = earlier with { Info = earlier.Info with { Created = earlier.Info.Created.AddDays(1) } };

        Assert.That(PdfRenderer.Render(later), Is.Not.EqualTo(PdfRenderer.Render(earlier)));
    }

    [Test]
    public void WritesTitleAuthorSubjectAndCreationDate()
    {
        using var poppler = new Poppler(PdfRenderer.Render(ThreePageTable()));

        var info = poppler.Info();

        Assert.That(info, Does.Match(@"Title:\s+Resultados del presupuesto participativo"));
        Assert.That(info, Does.Match(@"Author:\s+Alcaldía de Prueba"));
        Assert.That(info, Does.Match(@"Subject:\s+Resultados"));
        Assert.That(info, Does.Match(@"CreationDate:\s+.*2026"));
        Assert.That(info, Does.Match(@"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)"));
    }

    [Test]
    public void LinksTheQrCodeToItsAddress()
    {
        const string url = "https://presupuesto.example.mx/verificar/abc123";

        var bytes = PdfRenderer.Render(new FlowLayout().QrCode(url, 90).Build(DocumentQueries.Info));

        Assert.That(Encoding.Latin1.GetString(bytes), Does.Contain($"/URI ({url})"));
    }

    [Test]
    public void DrawsExactlyTheModulesQrCoderProduced()
    {
        const string url = "https://presupuesto.example.mx/votar?codigo=K7Q2M9XD";
        const int dpi = 144;
        var document = new FlowLayout().Paragraph("Código de votación").QrCode(url, 164).Build(DocumentQueries.Info);
        var qr = document.Pages[0].Elements.OfType<QrCodeElement>().Single();
        using var poppler = new Poppler(PdfRenderer.Render(document));

        var pixels = poppler.RenderGray(1, dpi);

        var module = qr.Bounds.Width / qr.Modules.Size;
        var drawn = new bool[qr.Modules.Size, qr.Modules.Size];
        for (var r = 0; r < qr.Modules.Size; r++)
        {
            for (var c = 0; c < qr.Modules.Size; c++)
            {
                var x = (int)((qr.Bounds.X + (c + 0.5f) * module) * dpi / 72);
                var y = (int)((qr.Bounds.Y + (r + 0.5f) * module) * dpi / 72);
                drawn[r, c] = pixels[y, x] < 128;
            }
        }
        Assert.That(new QrMatrix(drawn).SameModulesAs(QrCodes.Encode(url)), Is.True);
        Assert.That(qr.Modules.SameModulesAs(QrCodes.Encode(url)), Is.True);
    }

    [GeneratedRegex(@"^\s*Colonia\s+Proyecto\s+Monto\s*$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
