using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Layout;

public class TextWrapperTests
{
    private static readonly TextStyle Style = TextStyle.Regular(10);

    [TestCase("uno dos tres", 60f, new[] { "uno dos tres" })]
    [TestCase("uno dos tres", 35f, new[] { "uno dos", "tres" })]
    [TestCase("uno dos tres", 20f, new[] { "uno", "dos", "tres" })]
    [TestCase("uno   dos", 60f, new[] { "uno dos" })]
    [TestCase("uno\ndos tres", 60f, new[] { "uno", "dos tres" })]
    [TestCase("uno\n\ndos", 60f, new[] { "uno", "", "dos" })]
    [TestCase("abcdefghij", 25f, new[] { "abcde", "fghij" })]
    [TestCase("ab abcdefghijkl", 25f, new[] { "ab", "abcde", "fghij", "kl" })]
    [TestCase("", 25f, new[] { "" })]
    public void BreaksAtSpacesAndSplitsWordsLongerThanTheLine(string text, float width, string[] expected)
    {
        var lines = TextWrapper.Wrap(text, Style, width, new MonospaceMeasurer());

        Assert.That(lines, Is.EqualTo(expected));
    }

    [Test]
    public void KeepsNoBreakSpaceTogether()
    {
        var lines = TextWrapper.Wrap("total $\u00A01,000", Style, 40f, new MonospaceMeasurer());

        Assert.That(lines, Is.EqualTo(new[] { "total", "$\u00A01,000" }));
    }

    [Test]
    public void NoLineIsWiderThanTheWidthWithRealMetrics()
    {
        var measurer = Budgeting.Reports.Fonts.FontMetricsMeasurer.NotoSans;
        var text = string.Join(' ', Enumerable.Repeat("Rehabilitación del parque de la colonia Santa María la Ribera", 8));

        var lines = TextWrapper.Wrap(text, Style, 180f, measurer);

        Assert.That(lines, Has.Count.GreaterThan(8));
        Assert.That(lines.Select(l => measurer.Width(l, Style)), Has.All.LessThanOrEqualTo(180.01f));
        Assert.That(string.Join(' ', lines), Is.EqualTo(text));
    }
}
