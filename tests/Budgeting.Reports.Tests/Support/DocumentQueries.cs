using Budgeting.Reports.Model;

namespace Budgeting.Reports.Tests.Support;

internal static class DocumentQueries
{
    public static readonly DocumentInfo Info = new(
        "Resultados del presupuesto participativo", "Alcaldía de Prueba", "Resultados", "es-MX",
        new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));

    public static IEnumerable<TextRun> Texts(this Page page) => page.Elements.OfType<TextRun>();

    public static IEnumerable<string> Strings(this Page page) => page.Texts().Select(t => t.Text);

    /// <summary>Indices (0-based) of the pages on which a run with exactly this text appears.</summary>
    public static IReadOnlyList<int> PagesWith(this Document document, string text) =>
        [.. document.Pages.Select((p, i) => (p, i)).Where(x => x.p.Strings().Contains(text)).Select(x => x.i)];
}
