using System.Diagnostics;
using System.Text.RegularExpressions;
using Budgeting.Reports.Results;
using Budgeting.Reports.Rendering;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Results;

public class ResultsReportPdfTests
{
    private static byte[] Render(ResultsReport report) => PdfRenderer.Render(ResultsReportLayout.Build(report));

    [Test]
    public void GivesBackTheFundedProjectsTheHashAndThePageNumbers()
    {
        var report = SampleResults.Demo();
        var pdf = Render(report);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "reports-results.pdf"), pdf);
        using var poppler = new Poppler(pdf);

        var pages = poppler.PageTexts();

        var text = string.Concat(pages);
        Assert.That(pages[0], Does.Contain(SampleResults.Hash).And.Contain("Presupuesto participativo Coyoacán 2027"));
        Assert.That(report.Districts.SelectMany(d => d.Funded).Select(p => text.Contains(p.Title, StringComparison.Ordinal)), Has.All.True);
        Assert.That(Regex.Count(text, "1,248,500.00 MXN"), Is.GreaterThanOrEqualTo(3));
        Assert.That(pages[^1], Does.Contain($"Página {pages.Count} de {pages.Count}"));
    }

    [Test]
    public void EmbedsTheFonts()
    {
        using var poppler = new Poppler(Render(SampleResults.Demo()));

        var fonts = poppler.Fonts();

        Assert.That(fonts, Has.Count.EqualTo(2));
        Assert.That(fonts.Select(f => f.Name), Has.All.Contains("NotoSans"));
        Assert.That(fonts.Select(f => f.Embedded), Has.All.True);
    }

    [Test]
    public void WritesTheSameBytesForTheSameData()
    {
        var first = Render(SampleResults.Demo());
        var second = Render(SampleResults.Demo());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void PrintsAQrCodeThatDecodesToTheVerificationUrl()
    {
        var document = ResultsReportLayout.Build(SampleResults.Demo());
        // Only the cover: zbarimg fails on pages without a code.
        using var poppler = new Poppler(PdfRenderer.Render(document with { Pages = [document.Pages[0]] }));

        Assert.That(Zbar.DecodeQrCodes(poppler, dpi: 150), Is.EqualTo(new[] { SampleResults.VerificationUrl }));
    }

    [TestCase(0, Description = "the demo: three districts of seven projects")]
    [TestCase(1000)]
    public void MeasuresLayoutAndRendering(int projects)
    {
        var report = projects == 0 ? SampleResults.Demo() : SampleResults.SingleDistrict(projects);
        Render(report);

        const int runs = 5;
        var layout = TimeSpan.Zero;
        var render = TimeSpan.Zero;
        var pages = 0;
        var size = 0;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var document = ResultsReportLayout.Build(report);
            layout += watch.Elapsed;
            watch.Restart();
            size = PdfRenderer.Render(document).Length;
            render += watch.Elapsed;
            pages = document.Pages.Count;
        }

        // Printed for the record only; timings are never asserted.
        TestContext.Out.WriteLine($"{(projects == 0 ? "demo" : $"{projects} projects")}: {pages} pages, {size / 1024.0:F0} KiB; warm layout {layout.TotalMilliseconds / runs:F1} ms, render {render.TotalMilliseconds / runs:F1} ms");
        Assert.That(pages, Is.GreaterThan(0));
    }
}
