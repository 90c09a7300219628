using System.Globalization;
using Budgeting.Reports.Results;

namespace Budgeting.Reports.Tests.Results;

/// <summary>Results reports to test with: the demo's size (three colonias, seven projects each) and a large one.</summary>
internal static class SampleResults
{
    public const string VerificationUrl = "https://presupuesto.example.mx/procesos/coyoacan-2027/verificar";

    public const string Hash = "3f1a9c0e5b7d2468ace13579bdf02468ace13579bdf02468ace13579bdf0aa11";

    public static readonly CultureInfo EsMx = new("es-MX");

    private static readonly string[] Colonias = ["Colonia Del Carmen", "Santa Úrsula Coapa", "Pedregal de Santo Domingo"];

    private static readonly string[] Works =
    [
        "Rehabilitación del parque", "Luminarias LED en la calle", "Banquetas accesibles", "Huerto comunitario",
        "Cámaras y alarmas vecinales", "Señalización de cruces escolares", "Techado de la cancha de fútbol",
    ];

    /// <summary>Three districts of seven projects, es-MX, with channels and eligible voters.</summary>
    public static ResultsReport Demo(ResultsReportText? text = null, CultureInfo? culture = null) => Report(
        [.. Colonias.Select((name, d) => District(name, d, 7, budget: 1_248_500_00, withTurnout: true))],
        text ?? ResultsReportText.Spanish,
        culture ?? EsMx);

    /// <summary>One district of <paramref name="projects"/> projects and no turnout breakdown.</summary>
    public static ResultsReport SingleDistrict(int projects) => Report(
        [District("Alcaldía Coyoacán", 0, projects, budget: projects * 40_000_000L, withTurnout: false)],
        ResultsReportText.Spanish,
        EsMx);

    private static ResultsReport Report(IReadOnlyList<DistrictResult> districts, ResultsReportText text, CultureInfo culture) => new(
        "Presupuesto participativo Coyoacán 2027",
        "Alcaldía Coyoacán, Ciudad de México",
        new DateTimeOffset(2027, 9, 7, 18, 0, 0, TimeSpan.FromHours(-6)),
        "MXN",
        culture,
        "mes_cost_sat_add1_greedy",
        "Método de Partes Iguales",
        "El presupuesto de cada colonia se reparte en partes iguales entre quienes votaron. Un proyecto se financia cuando las personas que lo apoyaron pueden pagarlo juntas con su parte; entre los posibles se elige primero el que cuesta menos a cada una.\n\n" +
        "Cuando ya ningún proyecto puede pagarse así, el dinero que sobra se usa en orden de votos mientras alcance.",
        Hash,
        VerificationUrl,
        districts,
        text);

    // Costs and votes vary with the index so that some projects fit and some do not; votes never tie.
    private static DistrictResult District(string name, int district, int projects, long budget, bool withTurnout)
    {
        var all = Enumerable.Range(1, projects)
            .Select(i => (Id: $"{district + 1}-{i:D2}", Title: $"{Works[(i - 1) % Works.Length]} {i}", Cost: 15_000_000 + i * 12_345_678L % 90_000_000, Votes: 10_000L - i * 7 + district))
            .ToList();
        var funded = new List<FundedProject>();
        var notFunded = new List<NotFundedProject>();
        var left = budget;
        foreach (var p in all)
        {
            if (p.Cost <= left)
            {
                funded.Add(new FundedProject(p.Id, p.Title, p.Cost, p.Votes));
                left -= p.Cost;
            }
            else
            {
                notFunded.Add(new NotFundedProject(p.Id, p.Title, p.Cost, p.Votes, $"no cabía en lo que quedaba ({AmountText.Format(left, "MXN", EsMx)})"));
            }
        }
        var ballots = 1_113L + district * 250;
        IReadOnlyList<TurnoutChannel> channels = withTurnout ? [new("En línea", ballots - 301), new("Papel", 301)] : [];
        return new DistrictResult(name, budget, ballots, channels, withTurnout ? 9_800 + district * 1_000 : null, funded, notFunded);
    }
}
