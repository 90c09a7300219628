using Budgeting.Reports.Fonts;
using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Tests.Layout;

public class TextSanitizerTests
{
    private static readonly TextStyle Style = TextStyle.Regular(10);

    [Test]
    public void NormalisesDecomposedAccentsToNfc()
    {
        var sanitizer = new TextSanitizer(FontMetricsMeasurer.NotoSans);

        var clean = sanitizer.Clean("Pen\u0303a Jose\u0301", Style);

        Assert.That(clean, Is.EqualTo("Peña José"));
        Assert.That(sanitizer.Missing, Is.Empty);
    }

    [Test]
    public void LeavesDrawableSpanishTextUntouched()
    {
        var sanitizer = new TextSanitizer(FontMetricsMeasurer.NotoSans);
        const string text = "«Año de la participación» — ¿Qué opinas? ¡Vota! 1 234,50 €";

        Assert.That(sanitizer.Clean(text, Style), Is.EqualTo(text));
        Assert.That(sanitizer.Missing, Is.Empty);
    }

    [TestCase("Parque 😀 nuevo", 0x1F600, "Parque \uFFFD nuevo")]
    [TestCase("中 mercado", 0x4E2D, "\uFFFD mercado")]
    [TestCase("bell\u0007", 0x7, "bell\uFFFD")]
    public void SubstitutesAndReportsCharactersTheFontCannotDraw(string text, int codePoint, string expected)
    {
        var sanitizer = new TextSanitizer(FontMetricsMeasurer.NotoSans);

        var clean = sanitizer.Clean(text, Style);

        Assert.That(clean, Is.EqualTo(expected));
        Assert.That(sanitizer.Missing, Is.EqualTo(new[] { new MissingCharacter(codePoint, text) }));
    }

    [Test]
    public void ReportsTheSameCharacterInTheSameTextOnce()
    {
        var sanitizer = new TextSanitizer(FontMetricsMeasurer.NotoSans);

        sanitizer.Clean("😀😀", Style);
        sanitizer.Clean("😀😀", Style);

        Assert.That(sanitizer.Missing, Has.Count.EqualTo(1));
    }

    [Test]
    public void TurnsTabsIntoSpacesAndKeepsLineFeeds()
    {
        var sanitizer = new TextSanitizer(FontMetricsMeasurer.NotoSans);

        Assert.That(sanitizer.Clean("a\tb\r\nc", Style), Is.EqualTo("a b\nc"));
    }
}
