using System.Diagnostics;
using Budgeting.Reports.Model;
using Budgeting.Reports.Rendering;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Samples;

public class SampleReportTests
{
    [Test]
    public void LaysTheSampleOutOnTwoPagesWithNothingMissing()
    {
        var document = SampleReport.Build();

        Assert.That(document.Pages, Has.Count.EqualTo(2));
        Assert.That(document.MissingCharacters, Is.Empty);
        Assert.That(document.Pages.SelectMany(p => p.Elements).OfType<QrCodeElement>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void FormatsCentavosAsMexicanPesos()
    {
        Assert.That(SampleReport.Mxn(123_456_789), Is.EqualTo("$1,234,567.89"));
    }

    [Test]
    public void RendersTheSampleToAReadablePdf()
    {
        var bytes = PdfRenderer.Render(SampleReport.Build());
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "reports-sample.pdf"), bytes);
        TestContext.Out.WriteLine(Measure(bytes.Length));

        using var poppler = new Poppler(bytes);
        var pages = poppler.PageTexts();
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(pages[0], Does.Contain("Página 1 de 2"));
        Assert.That(pages[1], Does.Contain("Página 2 de 2"));
        Assert.That(pages[0], Does.Contain("Santa María la Ribera"));
        Assert.That(string.Concat(pages), Does.Contain(SampleReport.Mxn(15_000_000 + 12_345_678L)));
        Assert.That(pages[1], Does.Contain("Proyectos más votados"));
    }

    // Printed for the record only; timings are never asserted.
    private static string Measure(int size)
    {
        const int runs = 10;
        var layout = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            SampleReport.Build();
        }
        layout.Stop();
        var document = SampleReport.Build();
        var render = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            PdfRenderer.Render(document);
        }
        render.Stop();
        return $"sample: {size / 1024.0:F1} KiB; warm layout {layout.Elapsed.TotalMilliseconds / runs:F1} ms, render {render.Elapsed.TotalMilliseconds / runs:F1} ms";
    }
}
