using System.Diagnostics;
using System.Text.RegularExpressions;
using Budgeting.Reports.CodeSheets;
using Budgeting.Reports.Rendering;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.CodeSheets;

public class CodeSheetPdfTests
{
    [Test]
    public void GivesBackEveryCodeOnceAndTheFooter()
    {
        var sheet = SampleCodeSheet.WithCodes(20);
        var pdf = PdfRenderer.Render(CodeSheetLayout.Build(sheet));
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "reports-code-sheet.pdf"), pdf);
        using var poppler = new Poppler(pdf);

        var pages = poppler.PageTexts();

        var text = string.Concat(pages);
        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages[0], Does.Contain("Página 1 de 3"));
        Assert.That(pages[2], Does.Contain("Página 3 de 3"));
        Assert.That(sheet.Entries.Select(e => Regex.Count(text, Regex.Escape(e.Code))), Has.All.EqualTo(1));
        Assert.That(Regex.Count(text, "Código para votar"), Is.EqualTo(20));
        Assert.That(text, Does.Contain("Santa Úrsula Coapa"));
    }

    [Test]
    public void EmbedsBothFonts()
    {
        using var poppler = new Poppler(PdfRenderer.Render(CodeSheetLayout.Build(SampleCodeSheet.WithCodes(3))));

        var fonts = poppler.Fonts();

        Assert.That(fonts, Has.Count.EqualTo(2));
        Assert.That(fonts.Select(f => f.Name), Has.All.Contains("NotoSans"));
        Assert.That(fonts.Select(f => f.Embedded), Has.All.True);
    }

    [Test]
    public void WritesTheSameBytesForTheSameSheet()
    {
        var first = PdfRenderer.Render(CodeSheetLayout.Build(SampleCodeSheet.WithCodes(10)));
        var second = PdfRenderer.Render(CodeSheetLayout.Build(SampleCodeSheet.WithCodes(10)));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void PrintsQrCodesThatDecodeToEveryUrl()
    {
        var sheet = SampleCodeSheet.WithCodes(19);
        using var poppler = new Poppler(PdfRenderer.Render(CodeSheetLayout.Build(sheet)));

        var decoded = Zbar.DecodeQrCodes(poppler, dpi: 150);

        Assert.That(decoded, Is.EquivalentTo(sheet.Entries.Select(e => e.Url)));
    }

    [TestCase(1000)]
    [TestCase(5000, Explicit = true, Reason = "About 5 s; run by name to measure a large sheet.")]
    public void LaysOutAndRendersThousandsOfCodes(int codes)
    {
        var sheet = SampleCodeSheet.WithCodes(codes);
        CodeSheetLayout.Build(SampleCodeSheet.WithCodes(8));

        var layout = Stopwatch.StartNew();
        var document = CodeSheetLayout.Build(sheet);
        layout.Stop();
        var render = Stopwatch.StartNew();
        var pdf = PdfRenderer.Render(document);
        render.Stop();

        // Printed for the record only; timings are never asserted.
        TestContext.Out.WriteLine($"{codes} codes: {document.Pages.Count} pages, {pdf.Length / 1024.0 / 1024:F1} MiB; layout {layout.ElapsedMilliseconds} ms, render {render.ElapsedMilliseconds} ms");
        using var poppler = new Poppler(pdf);
        Assert.That(poppler.Info(), Does.Match($@"Pages:\s+{(codes + CodeSheetLayout.CardsPerPage - 1) / CodeSheetLayout.CardsPerPage}\s"));
    }
}
