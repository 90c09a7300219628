using Budgeting.Reports.CodeSheets;
using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.CodeSheets;

public class CodeSheetLayoutTests
{
    private const float Tolerance = 0.01f;
    private const float PointsPerMillimetre = 72 / 25.4f;

    private static IReadOnlyList<Box> Cards(Page page) =>
        [.. page.Elements.OfType<RectangleElement>().Where(r => r.Stroke == CodeCard.CutLine).Select(r => r.Bounds)];

    private static bool Inside(TextRun run, Box card) =>
        run.X >= card.X - Tolerance && run.X + run.Width <= card.Right + Tolerance && run.Baseline > card.Y && run.Baseline < card.Bottom;

    private static IEnumerable<string> OutsideEveryCard(Page page) =>
        page.Texts().Where(t => !Cards(page).Any(c => Inside(t, c))).Select(t => t.Text);

    [TestCase(1, 1)]
    [TestCase(8, 1)]
    [TestCase(9, 2)]
    [TestCase(5000, 625)]
    public void PutsEightCardsOnEachFullPage(int codes, int expectedPages)
    {
        var document = CodeSheetLayout.Build(SampleCodeSheet.WithCodes(codes));

        Assert.That(document.Pages, Has.Count.EqualTo(expectedPages));
        Assert.That(document.Pages.SkipLast(1).Select(p => Cards(p).Count), Has.All.EqualTo(CodeSheetLayout.CardsPerPage));
        Assert.That(Cards(document.Pages[^1]), Has.Count.EqualTo(codes - (expectedPages - 1) * CodeSheetLayout.CardsPerPage));
        Assert.That(document.Pages.Select(p => p.Size), Has.All.EqualTo(PageSize.Letter));
    }

    [Test]
    public void TilesTheCardsWithoutOverlapInsideTheMargins()
    {
        var cards = Cards(CodeSheetLayout.Build(SampleCodeSheet.WithCodes(8)).Pages[0]);

        var content = CodeSheetLayout.Settings.ContentBox;
        Assert.That(cards.Select(c => c.X).Distinct().Count(), Is.EqualTo(CodeSheetLayout.Columns));
        Assert.That(cards.Select(c => c.Y).Distinct().Count(), Is.EqualTo(CodeSheetLayout.Rows));
        Assert.That(cards.Sum(c => c.Width * c.Height), Is.EqualTo(content.Width * content.Height).Within(1));
        Assert.That(cards.Min(c => c.X), Is.EqualTo(content.X).Within(Tolerance));
        Assert.That(cards.Max(c => c.Bottom), Is.EqualTo(content.Bottom).Within(Tolerance));
    }

    [Test]
    public void PrintsEveryCodeOnceInOneRunInsideItsCard()
    {
        var sheet = SampleCodeSheet.WithCodes(20);

        var document = CodeSheetLayout.Build(sheet);

        foreach (var page in document.Pages)
        {
            var cards = Cards(page);
            foreach (var run in page.Texts().Where(t => sheet.Entries.Any(e => e.Code == t.Text)))
            {
                Assert.That(cards.Count(c => Inside(run, c)), Is.EqualTo(1), run.Text);
            }
        }
        var runs = document.Pages.SelectMany(p => p.Strings()).ToList();
        Assert.That(sheet.Entries.Select(e => runs.Count(r => r == e.Code)), Has.All.EqualTo(1));
    }

    [Test]
    public void EncodesEachEntrysUrlInAScannableQrCode()
    {
        var sheet = SampleCodeSheet.WithCodes(12);

        var codes = CodeSheetLayout.Build(sheet).Pages.SelectMany(p => p.Elements.OfType<QrCodeElement>()).ToList();

        Assert.That(codes.Select(q => q.Text), Is.EqualTo(sheet.Entries.Select(e => e.Url)));
        Assert.That(codes.Select(q => q.Modules.SameModulesAs(QrCodes.Encode(q.Text))), Has.All.True);
        var symbolWidths = codes.Select(q => q.Bounds.Width * (q.Modules.Size - 8) / q.Modules.Size / PointsPerMillimetre);
        Assert.That(symbolWidths, Has.All.GreaterThanOrEqualTo(25));
    }

    [Test]
    public void LinksEachQrCodeToItsUrl()
    {
        var sheet = SampleCodeSheet.WithCodes(3);

        var links = CodeSheetLayout.Build(sheet).Pages[0].Elements.OfType<LinkArea>().Select(l => l.Uri);

        Assert.That(links, Is.EqualTo(sheet.Entries.Select(e => e.Url)));
    }

    [Test]
    public void WrapsLongNamesInsideTheCardAndBesideTheQrCode()
    {
        const string district = "Unidad Habitacional Ejército Constitucionalista Supermanzana III Sección Peñón";
        var sample = SampleCodeSheet.WithCodes(2);
        var sheet = sample with
        {
            ProcessName = "Presupuesto participativo de la alcaldía Coyoacán, Ciudad de México, ejercicio fiscal 2027",
            Entries = [sample.Entries[0] with { DistrictName = district }, sample.Entries[1]],
        };

        var page = CodeSheetLayout.Build(sheet).Pages[0];

        var card = Cards(page)[0];
        var qr = page.Elements.OfType<QrCodeElement>().First().Bounds;
        var inCard = page.Texts().Where(t => Inside(t, card)).ToList();
        var districtLines = inCard.Where(t => t.Style.Weight == FontWeight.Bold && district.Contains(t.Text)).ToList();
        Assert.That(string.Join(" ", districtLines.Select(t => t.Text)), Is.EqualTo(district));
        Assert.That(districtLines, Has.Count.GreaterThan(1));
        Assert.That(inCard.Where(t => t.Baseline < qr.Bottom).Select(t => t.X + t.Width), Has.All.LessThanOrEqualTo(qr.X));
        Assert.That(OutsideEveryCard(page), Is.EqualTo(new[] { "Página 1 de 1" }));
    }

    [Test]
    public void ShrinksLongInstructionsToFitTheCard()
    {
        var sample = SampleCodeSheet.WithCodes(1);
        var sheet = sample with { Instructions = string.Join(" ", Enumerable.Repeat(sample.Instructions, 2)) };

        var page = CodeSheetLayout.Build(sheet).Pages[0];

        var card = Cards(page).Single();
        var body = page.Texts().Where(t => t.Style.Size < 8).ToList();
        Assert.That(OutsideEveryCard(page), Is.EqualTo(new[] { "Página 1 de 1" }));
        Assert.That(body.Where(t => Inside(t, card)).Max(t => t.Baseline), Is.LessThan(card.Bottom - CodeCard.Padding));
        Assert.That(body.Single(t => t.Text.StartsWith("La votación")).Style.Size, Is.LessThan(8));
    }

    [Test]
    public void ShrinksEveryCodeToFitTheLongestRatherThanWrapping()
    {
        var sample = SampleCodeSheet.WithCodes(2);
        var sheet = sample with { Entries = [sample.Entries[0] with { Code = "7KQ2-MXH4-RDA9-WXYZ" }, sample.Entries[1]] };

        var page = CodeSheetLayout.Build(sheet).Pages[0];

        var codes = sheet.Entries.Select(e => page.Texts().Single(t => t.Text == e.Code)).ToList();
        var qrCodes = page.Elements.OfType<QrCodeElement>().ToList();
        Assert.That(codes[0].Style.Size, Is.LessThan(CodeSheetLayout.Build(sample).Pages[0].Texts().Single(t => t.Text == sample.Entries[0].Code).Style.Size));
        Assert.That(codes[1].Style, Is.EqualTo(codes[0].Style));
        Assert.That(codes[0].X + codes[0].Width, Is.LessThanOrEqualTo(qrCodes[0].Bounds.X));
    }

    [Test]
    public void DrawsSpanishLettersWithNoCharacterMissing()
    {
        var sample = SampleCodeSheet.WithCodes(1);
        var sheet = sample with { Entries = [sample.Entries[0] with { DistrictName = "Peñón de los Baños, Güemes" }] };

        var document = CodeSheetLayout.Build(sheet);

        var text = string.Join(" ", document.Pages[0].Strings());
        Assert.That(document.MissingCharacters, Is.Empty);
        Assert.That(text, Does.Contain("Peñón de los Baños, Güemes").And.Contain("Coyoacán").And.Contain("Código").And.Contain("Página 1 de 1"));
    }

    [Test]
    public void ReportsCharactersTheFontCannotDraw()
    {
        var sample = SampleCodeSheet.WithCodes(1);
        var sheet = sample with { Instructions = sample.Instructions + " 🗳" };

        var document = CodeSheetLayout.Build(sheet);

        Assert.That(document.MissingCharacters.Select(m => m.CodePoint), Is.EqualTo(new[] { 0x1F5F3 }));
    }

    [Test]
    public void NumbersEveryPageWithTheCallersTemplate()
    {
        var document = CodeSheetLayout.Build(SampleCodeSheet.WithCodes(17));

        Assert.That(document.Pages.Select(p => p.Strings().Last()), Is.EqualTo(new[] { "Página 1 de 3", "Página 2 de 3", "Página 3 de 3" }));
    }

    [Test]
    public void RejectsASheetWithNoCodes()
    {
        Assert.That(() => CodeSheetLayout.Build(SampleCodeSheet.WithCodes(0)), Throws.ArgumentException.With.Message.Contains("at least one code"));
    }

    [Test]
    public void RejectsARepeatedCode()
    {
        var sample = SampleCodeSheet.WithCodes(3);
        var sheet = sample with { Entries = [.. sample.Entries, sample.Entries[1]] };

        Assert.That(() => CodeSheetLayout.Build(sheet), Throws.ArgumentException.With.Message.Contains(sample.Entries[1].Code));
    }

    [TestCase("", "https://example.org/c/X")]
    [TestCase("ABCD-EFGH", " ")]
    public void RejectsABlankCodeOrUrl(string code, string url)
    {
        var sheet = SampleCodeSheet.WithCodes(1) with { Entries = [new CodeSheetEntry("Centro", code, url)] };

        Assert.That(() => CodeSheetLayout.Build(sheet), Throws.ArgumentException);
    }

    [Test]
    public void RejectsAFooterTemplateWithNamedPlaceholders()
    {
        var sheet = SampleCodeSheet.WithCodes(1) with { PageFooterTemplate = "Página {page} de {pages}" };

        Assert.That(() => CodeSheetLayout.Build(sheet), Throws.ArgumentException.With.Message.Contains("{0}"));
    }

    [Test]
    public void RejectsInstructionsTooLongForACardEvenWhenShrunk()
    {
        var sample = SampleCodeSheet.WithCodes(1);
        var sheet = sample with { Instructions = string.Join(" ", Enumerable.Repeat(sample.Instructions, 6)) };

        Assert.That(() => CodeSheetLayout.Build(sheet), Throws.ArgumentException.With.Message.Contains(nameof(CodeSheet.Instructions)));
    }
}
