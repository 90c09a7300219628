using Budgeting.Reports.Fonts;
using Budgeting.Reports.Model;
using Budgeting.Reports.Rendering;

namespace Budgeting.Reports.Tests.Fonts;

public class FontMetricsTests
{
    [TestCase(FontWeight.Regular)]
    [TestCase(FontWeight.Bold)]
    public void EmbeddedSubsetIsASmallTrueTypeFile(FontWeight weight)
    {
        var bytes = EmbeddedFonts.Get(TextStyle.NotoSans, weight);

        Assert.That(bytes.Length, Is.InRange(10_000, 60_000));
        Assert.That(bytes.Span[..4].ToArray(), Is.EqualTo(new byte[] { 0, 1, 0, 0 }));
    }

    [Test]
    public void RejectsAFamilyThatIsNotEmbedded()
    {
        Assert.That(() => EmbeddedFonts.Get("Comic Sans", FontWeight.Regular), Throws.ArgumentException);
    }

    [TestCase('a')]
    [TestCase('ñ')]
    [TestCase('Á')]
    [TestCase('ü')]
    [TestCase('«')]
    [TestCase('»')]
    [TestCase('—')]
    [TestCase('–')]
    [TestCase('…')]
    [TestCase('“')]
    [TestCase('€')]
    [TestCase('ā')]
    [TestCase('ō')]
    [TestCase('ǒ')]
    [TestCase('ɨ')]
    [TestCase('\uFFFD')]
    public void SubsetCoversSpanishAndIndigenousLatinLetters(char letter)
    {
        var measurer = FontMetricsMeasurer.NotoSans;

        Assert.That(measurer.CanDraw(letter, TextStyle.Regular(10)), Is.True);
        Assert.That(measurer.CanDraw(letter, TextStyle.Bold(10)), Is.True);
    }

    [TestCase(0x1F600)]
    [TestCase(0x4E2D)]
    [TestCase(0x0416)]
    public void SubsetLacksEmojiCjkAndCyrillic(int codePoint)
    {
        Assert.That(FontMetricsMeasurer.NotoSans.CanDraw(codePoint, TextStyle.Regular(10)), Is.False);
    }

    [TestCase("Presupuesto participativo 2026", FontWeight.Regular, 10f)]
    [TestCase("Señalización «Año Nuevo» — $1,234,567.89", FontWeight.Regular, 9f)]
    [TestCase("Página 12 de 340", FontWeight.Bold, 18f)]
    [TestCase("iiiiiWWWWW", FontWeight.Bold, 7.5f)]
    public void WidthsMatchWhatSkiaDraws(string text, FontWeight weight, float size)
    {
        var style = new TextStyle(TextStyle.NotoSans, weight, size, Rgb.Black);

        var fromTables = FontMetricsMeasurer.NotoSans.Width(text, style);
        var fromSkia = PdfRenderer.MeasureWithSkia(text, style);

        Assert.That(fromTables, Is.EqualTo(fromSkia).Within(0.01f));
    }

    [Test]
    public void BoldIsWiderThanRegular()
    {
        var regular = FontMetricsMeasurer.NotoSans.Width("Presupuesto", TextStyle.Regular(10));
        var bold = FontMetricsMeasurer.NotoSans.Width("Presupuesto", TextStyle.Bold(10));

        Assert.That(bold, Is.GreaterThan(regular));
    }

    [Test]
    public void LineHeightIsAscentPlusDescent()
    {
        var style = TextStyle.Regular(10);

        Assert.That(FontMetricsMeasurer.NotoSans.Ascent(style), Is.EqualTo(10.69f).Within(0.01f));
        Assert.That(FontMetricsMeasurer.NotoSans.LineHeight(style), Is.EqualTo(13.62f).Within(0.01f));
    }
}
