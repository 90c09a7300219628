using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;
using Budgeting.Reports.Tests.Support;

namespace Budgeting.Reports.Tests.Layout;

public class FlowLayoutFiguresTests
{
    private static readonly BarChartItem[] Items =
    [
        new("Parque", 400, "400 votos"),
        new("Alumbrado", 200, "200 votos"),
        new("Banquetas", 100, "100 votos"),
        new("Sin votos", 0, "0 votos"),
    ];

    [Test]
    public void ScalesBarsToTheLargestValue()
    {
        var document = new FlowLayout().BarChart(Items, "Votos por proyecto").Build(DocumentQueries.Info);

        var bars = document.Pages[0].Elements.OfType<RectangleElement>().Select(r => r.Bounds.Width).ToList();
        Assert.That(bars, Has.Count.EqualTo(3));
        Assert.That(bars[1] / bars[0], Is.EqualTo(0.5f).Within(0.001f));
        Assert.That(bars[2] / bars[0], Is.EqualTo(0.25f).Within(0.001f));
    }

    [Test]
    public void PrintsEveryLabelAndValueAfterItsBar()
    {
        var settings = new LayoutSettings();
        var document = new FlowLayout(settings).BarChart(Items).Build(DocumentQueries.Info);

        var texts = document.Pages[0].Texts().ToList();
        var bar = document.Pages[0].Elements.OfType<RectangleElement>().First();
        var value = texts.Single(t => t.Text == "400 votos");
        Assert.That(texts.Select(t => t.Text), Is.SupersetOf(Items.Select(i => i.Label)));
        Assert.That(value.X, Is.GreaterThan(bar.Bounds.Right));
        Assert.That(value.X + value.Width, Is.LessThanOrEqualTo(settings.ContentBox.Right + 0.01f));
    }

    [Test]
    public void RejectsNegativeValues()
    {
        Assert.That(() => new FlowLayout().BarChart([new BarChartItem("x", -1, "-1")]), Throws.ArgumentException);
    }

    [Test]
    public void KeepsAChartThatFitsOnOnePageTogether()
    {
        var layout = new FlowLayout();
        layout.Paragraph(string.Join('\n', Enumerable.Repeat("relleno", 50)));

        var document = layout.BarChart(Items, "Votos por proyecto").Build(DocumentQueries.Info);

        Assert.That(document.PagesWith("Votos por proyecto"), Is.EqualTo(new[] { 1 }));
        Assert.That(document.PagesWith("Sin votos"), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void PlacesTheQrCodeQrCoderMadeForTheText()
    {
        const string url = "https://presupuesto.example.mx/verificar/3f9a";

        var document = new FlowLayout().QrCode(url, 100, "Verifique este resultado").Build(DocumentQueries.Info);

        var qr = document.Pages[0].Elements.OfType<QrCodeElement>().Single();
        Assert.That(qr.Modules.SameModulesAs(QrCodes.Encode(url)), Is.True);
        Assert.That(qr.Bounds.Width, Is.EqualTo(100));
        Assert.That(document.Pages[0].Elements.OfType<LinkArea>().Single(), Is.EqualTo(new LinkArea(qr.Bounds, url)));
        Assert.That(document.Pages[0].Strings(), Does.Contain("Verifique este resultado"));
    }

    [Test]
    public void MakesNoLinkForAQrCodeThatIsNotAWebAddress()
    {
        var document = new FlowLayout().QrCode("K7Q2-M9XD", 80).Build(DocumentQueries.Info);

        Assert.That(document.Pages[0].Elements.OfType<LinkArea>(), Is.Empty);
    }

    [Test]
    public void LaysOutAGridOfCardsWithFixedBlocks()
    {
        var codes = Enumerable.Range(1, 10).Select(i => $"CODE-{i:D4}").ToList();
        var layout = new FlowLayout();
        foreach (var pair in codes.Chunk(2))
        {
            layout.Fixed(150, canvas =>
            {
                var width = canvas.Bounds.Width / 2;
                for (var i = 0; i < pair.Length; i++)
                {
                    var card = new Box(canvas.Bounds.X + i * width, canvas.Bounds.Y, width, 150);
                    canvas.Rectangle(card, null, Rgb.Gray);
                    canvas.QrCode($"https://presupuesto.example.mx/votar?codigo={pair[i]}", card.X + 8, card.Y + 8, 100);
                    canvas.Text(pair[i], TextStyle.Bold(12), card.X + 116, card.Y + 40);
                }
            });
        }

        var document = layout.Build(DocumentQueries.Info);

        Assert.That(document.Pages.Select(p => p.Elements.OfType<QrCodeElement>().Count()), Is.EqualTo(new[] { 8, 2 }));
        Assert.That(document.PagesWith("CODE-0009"), Is.EqualTo(new[] { 1 }));
        Assert.That(document.Pages.SelectMany(p => p.Elements.OfType<LinkArea>()).Count(), Is.EqualTo(10));
    }
}
