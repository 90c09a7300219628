using System.Globalization;
using Budgeting.Reports.Layout;
using Budgeting.Reports.Model;

namespace Budgeting.Reports.Tests.Samples;

/// <summary>
/// How to use the engine: a two-page results-style document with a title, a paragraph, a 60-row table of MXN
/// amounts, a bar chart and a QR code, in es-MX, with "Página n de N" footers.
/// </summary>
internal static class SampleReport
{
    public const string VerificationUrl = "https://presupuesto.example.mx/resultados/2026/verificar";

    private static readonly CultureInfo EsMx = new("es-MX");

    public static readonly DocumentInfo Info = new(
        "Presupuesto participativo 2026: resultados",
        "Alcaldía Cuauhtémoc",
        "Proyectos ganadores por colonia",
        "es-MX",
        new DateTimeOffset(2026, 9, 7, 18, 0, 0, TimeSpan.FromHours(-6)));

    /// <summary>Money stays in integer centavos until it is printed.</summary>
    public static string Mxn(long centavos) => (centavos / 100m).ToString("C2", EsMx);

    public static Document Build()
    {
        var settings = new LayoutSettings { Culture = EsMx };
        var layout = new FlowLayout(settings);
        layout.Header = frame =>
        {
            if (frame.PageNumber > 1)
            {
                frame.Text(Info.Title, settings.Caption, frame.ContentBox.X, frame.ContentBox.Y - 20);
                frame.Line(frame.ContentBox.X, frame.ContentBox.Y - 14, frame.ContentBox.Right, frame.ContentBox.Y - 14, settings.Rule);
            }
        };
        layout.Footer = frame =>
            frame.PageNumberLine("Página {0} de {1}", settings.Caption, frame.ContentBox.Bottom + 30);

        layout.Heading(Info.Title)
            .Paragraph(
                "Las vecinas y los vecinos de cada colonia votaron del 1 al 5 de septiembre de 2026. " +
                "Los proyectos se financian en orden de votos mientras alcance el presupuesto de la colonia; " +
                "el método, los votos por proyecto y la huella SHA-256 de estos datos permiten que cualquiera " +
                "repita el cómputo y compruebe que el resultado es el mismo. «Cada peso cuenta» — Comité de Participación.");

        var projects = Enumerable.Range(1, 60).Select(Project).ToList();
        var rows = projects
            .Select(p => new TableRow(p.Colonia, p.Title, p.Votes.ToString("N0", EsMx), Mxn(p.Centavos)))
            .Append(new TableRow(["Total", "", projects.Sum(p => p.Votes).ToString("N0", EsMx), Mxn(projects.Sum(p => p.Centavos))], Bold: true))
            .ToList();
        layout.Table(new Table(
            [new("Colonia", 1.7f), new("Proyecto", 2.6f), new("Votos", 0.8f, TextAlign.Right), new("Monto asignado", 1.4f, TextAlign.Right)],
            rows));

        var top = projects.OrderByDescending(p => p.Votes).Take(6);
        layout.BarChart([.. top.Select(p => new BarChartItem(p.Title, p.Votes, $"{p.Votes.ToString("N0", EsMx)} votos"))], "Proyectos más votados");
        layout.QrCode(VerificationUrl, 72, "Verifique este resultado: " + VerificationUrl);
        return layout.Build(Info);
    }

    private static (string Colonia, string Title, long Votes, long Centavos) Project(int i)
    {
        string[] colonias = ["Roma Norte", "Santa María la Ribera", "Peñón de los Baños", "Doctores", "Tránsito", "Guerrero"];
        string[] works = ["Rehabilitación del parque", "Luminarias LED en la calle", "Banquetas accesibles", "Huerto comunitario", "Cámaras y alarmas vecinales"];
        return (colonias[i % colonias.Length], $"{works[i % works.Length]} {i}", 120 + (i * 37 % 400), 15_000_000 + i * 12_345_678L % 90_000_000);
    }
}
