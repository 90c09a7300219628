using System.Globalization;
using Budgeting.Reports.Model;
using Budgeting.Reports.Results;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Results;

public class ResultsReportLayoutTests
{
    private static readonly string[] AllocationHeader = ["Clave", "Proyecto", "Costo", "Votos", "Resultado"];

    private static readonly Lazy<Document> Large = new(() => ResultsReportLayout.Build(SampleResults.SingleDistrict(1000)));

    [Test]
    public void LaysTheDemoOutOnLetterPages()
    {
        var document = ResultsReportLayout.Build(SampleResults.Demo());

        Assert.That(document.Pages, Has.Count.EqualTo(4));
        Assert.That(document.Pages.Select(p => p.Size), Has.All.EqualTo(PageSize.Letter));
        Assert.That(document.Info.Created, Is.EqualTo(SampleResults.Demo().ResultDate));
    }

    [Test]
    public void LaysAThousandProjectsOutOnAboutFiftyPages()
    {
        // The cover, then one-line rows for the funded projects and three-line rows (the reason wraps) for the rest.
        Assert.That(Large.Value.Pages, Has.Count.EqualTo(49));
    }

    [Test]
    public void RepeatsTheAllocationHeaderAtTheTopOfEveryPageTheTableSpans()
    {
        var document = Large.Value;
        var report = SampleResults.SingleDistrict(1000);
        var ids = report.Districts[0].Funded.Select(p => p.Id).Concat(report.Districts[0].NotFunded.Select(p => p.Id)).ToHashSet();

        var tablePages = document.Pages.Where(p => p.Strings().Any(ids.Contains)).ToList();

        Assert.That(tablePages, Has.Count.GreaterThan(20));
        foreach (var page in tablePages)
        {
            var firstRow = page.Texts().Where(t => ids.Contains(t.Text)).Min(t => t.Baseline);
            var above = page.Texts().Where(t => t.Baseline < firstRow && t.Style.Weight == FontWeight.Bold).Select(t => t.Text).ToList();
            Assert.That(above, Is.SupersetOf(AllocationHeader));
        }
    }

    [Test]
    public void ListsEveryProjectOnceWithItsOutcome()
    {
        var report = SampleResults.Demo();

        var document = ResultsReportLayout.Build(report);

        var texts = document.Pages.SelectMany(p => p.Strings()).ToList();
        foreach (var district in report.Districts)
        {
            Assert.That(district.Funded.Concat<object>(district.NotFunded), Is.Not.Empty);
            Assert.That(district.Funded.Select(p => texts.Count(t => t == p.Id)), Has.All.EqualTo(1));
            Assert.That(district.NotFunded.Select(p => texts.Count(t => t == p.Id)), Has.All.EqualTo(1));
        }
        Assert.That(texts.Count(t => t == "Financiado"), Is.EqualTo(report.Districts.Sum(d => d.Funded.Count)));
        Assert.That(texts.Count(t => t.StartsWith("No financiado: no cabía", StringComparison.Ordinal)), Is.EqualTo(report.Districts.Sum(d => d.NotFunded.Count)));
    }

    [Test]
    public void WritesAmountsInMexicanFormatWithTheCurrency()
    {
        var document = ResultsReportLayout.Build(SampleResults.Demo());

        var cover = document.Pages[0].Strings().ToList();
        Assert.That(cover, Does.Contain("3,745,500.00 MXN"));
        Assert.That(cover, Does.Contain("7 de septiembre de 2027"));
        var texts = document.Pages.SelectMany(p => p.Strings()).ToList();
        Assert.That(texts, Does.Contain("1,248,500.00 MXN"));
        Assert.That(texts, Does.Contain("273,456.78 MXN"), "cost of project 1-01");
        Assert.That(texts, Does.Contain("9,993"), "votes for project 1-01, grouped");
        Assert.That(texts, Does.Contain("21.9%"), "273,456.78 of 1,248,500.00");
    }

    [Test]
    public void PrintsTheHashAndAQrCodeForTheVerificationUrlOnTheCover()
    {
        var document = ResultsReportLayout.Build(SampleResults.Demo());

        Assert.That(document.PagesWith(SampleResults.Hash), Is.EqualTo(new[] { 0 }));
        var codes = document.Pages.SelectMany(p => p.Elements.OfType<QrCodeElement>()).ToList();
        Assert.That(codes.Select(q => q.Text), Is.EqualTo(new[] { SampleResults.VerificationUrl }));
        Assert.That(document.Pages[0].Elements.OfType<LinkArea>().Select(l => l.Uri), Does.Contain(SampleResults.VerificationUrl));
    }

    [Test]
    public void NumbersEveryPage()
    {
        var document = Large.Value;

        for (var i = 0; i < document.Pages.Count; i++)
        {
            Assert.That(document.Pages[i].Strings(), Does.Contain($"Página {i + 1} de {document.Pages.Count}"));
        }
    }

    [Test]
    public void DrawsEverySpanishCharacterFromTheFont()
    {
        var document = ResultsReportLayout.Build(SampleResults.Demo());

        Assert.That(document.MissingCharacters, Is.Empty);
        Assert.That(document.Pages.SelectMany(p => p.Strings()), Does.Contain("Santa Úrsula Coapa").And.Contain("Cómo se decidió").And.Contain("Participación"));
    }

    [Test]
    public void ReportsCharactersOutsideTheFont()
    {
        var report = SampleResults.Demo() with { ProcessName = "Presupuesto 2027 🌳" };

        var document = ResultsReportLayout.Build(report);

        Assert.That(document.MissingCharacters.Select(m => m.CodePoint), Is.EqualTo(new[] { 0x1F333 }));
    }

    [Test]
    public void ChartsAtMostTheTwentyMostVotedFundedProjects()
    {
        var bars = Large.Value.Pages.SelectMany(p => p.Strings()).Where(t => t.EndsWith(" votos", StringComparison.Ordinal)).ToList();

        Assert.That(bars, Has.Count.EqualTo(ResultsReportLayout.ChartLimit));
        Assert.That(bars[0], Is.EqualTo("9,993 votos"));
    }

    [Test]
    public void BreaksTurnoutDownByChannelWithATotal()
    {
        var document = ResultsReportLayout.Build(SampleResults.Demo());

        var page = document.Pages[document.PagesWith("Papel").Single()];
        Assert.That(page.Strings(), Does.Contain("En línea").And.Contain("Papel").And.Contain("3,186").And.Contain("903").And.Contain("4,089"));
        Assert.That(page.Strings(), Does.Contain("11.4%"), "1,113 of 9,800 in Colonia Del Carmen");
    }

    [Test]
    public void WritesEnglishWithEnglishDatesAndPageNumbers()
    {
        var document = ResultsReportLayout.Build(SampleResults.Demo(ResultsReportText.English, new CultureInfo("en-US")));

        var texts = document.Pages.SelectMany(p => p.Strings()).ToList();
        Assert.That(texts, Does.Contain("September 7, 2027").And.Contain("How it was decided").And.Contain($"Page 1 of {document.Pages.Count}"));
        Assert.That(texts, Does.Not.Contain("Financiado"));
    }

    [TestCase("3F1A", Description = "too short and upper case")]
    [TestCase("zz1a9c0e5b7d2468ace13579bdf02468ace13579bdf02468ace13579bdf0aa11", Description = "not hex")]
    public void RefusesAHashThatIsNotASha256(string hash)
    {
        Assert.That(() => ResultsReportLayout.Build(SampleResults.Demo() with { ResultSha256 = hash }), Throws.ArgumentException.With.Message.Contains("SHA-256"));
    }

    [Test]
    public void RefusesAReportWithoutDistrictsOrWithABrokenTemplate()
    {
        Assert.That(() => ResultsReportLayout.Build(SampleResults.Demo() with { Districts = [] }), Throws.ArgumentException);
        var text = ResultsReportText.Spanish with { PageFooter = "Página {0} de {2}" };
        Assert.That(() => ResultsReportLayout.Build(SampleResults.Demo(text)), Throws.ArgumentException.With.Message.Contains("PageFooter"));
    }
}
