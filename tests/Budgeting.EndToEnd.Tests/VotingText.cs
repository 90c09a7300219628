using System.Globalization;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// The visible words of voting in Spanish (es-MX), copied from src/Budgeting.Web/Resources/SharedResource.resx (Vote.*
/// and BallotError.*), like <see cref="UiText"/>. Texts with {0} are formats, filled in the same way as the app's resources.
/// </summary>
public static class VotingText
{
    public const string SignInToVote = "Inicia sesión para votar";
    public const string VoteIn = "Votar: {0}";
    public const string BallotTitle = "Boleta: {0}";
    public const string ApprovalRules = "Marca los proyectos que apoyas: al menos {0} y como máximo {1}.";
    public const string Choose = "Proyectos";
    public const string ToReview = "Revisar mi voto";
    public const string Review = "Revisa tu voto";
    public const string Cast = "Emitir mi voto";
    public const string ChangeChoices = "Cambiar mis opciones";
    public const string Counted = "Tu voto está contado";
    public const string CountedText = "Gracias por participar en «{0}».";
    public const string Receipt = "Tu código de comprobante";
    public const string ChangeVote = "Cambiar mi voto";
    public const string AlreadyVoted =
        "Ya votaste en esta boleta. Puedes cambiar tu voto hasta el cierre: el nuevo reemplaza al anterior.";
    public const string TallyCount = "Elegidos: {0}";
    public const string TallyCost = "Costo: {0} de {1}";
    public const string TooMany = "Puedes elegir como máximo {0} proyectos.";

    public static string Fill(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}

/// <summary>A project on a demo ballot, with its cost as the ballot writes it in es-MX.</summary>
public sealed record DemoBallotProject(string Title, decimal Cost)
{
    /// <summary>The cost next to the project and in the review list, e.g. "486,000.00 MXN".</summary>
    public string CostShown => Cost.ToString("#,##0.00", CultureInfo.InvariantCulture) + " MXN";
}

/// <summary>
/// One district's approval ballot in samples/demo/process.json (at least 1, at most 3 projects), and the demo resident
/// who lives there and signs in with <see cref="AppServer.DemoPassword"/>.
/// </summary>
public sealed record DemoBallot(string District, decimal Budget, string ResidentEmail, DemoBallotProject[] Projects)
{
    public const int MinProjects = 1;
    public const int MaxProjects = 3;

    public static readonly DemoBallot SantaUrsula = new(
        District: "Santa Úrsula Coapa",
        Budget: 1_248_500m,
        ResidentEmail: "vecina@demo.local",
        Projects:
        [
            new("Luminarias LED en la calle Tepetlapa", 486_000m),
            new("Rehabilitación de la cancha de usos múltiples", 412_000m),
            new("Cámaras de videovigilancia vecinal", 354_000m),
            new("Banquetas accesibles en Av. Santa Ana", 298_500m),
            new("Taller de música para jóvenes", 165_000m),
            new("Captación de agua de lluvia en la casa de cultura", 238_000m),
            new("Gimnasio al aire libre", 187_000m),
        ]);

    public static readonly DemoBallot LosReyes = new(
        District: "Pueblo de Los Reyes",
        Budget: 982_300m,
        ResidentEmail: "vecino@demo.local",
        Projects:
        [
            new("Rehabilitación del kiosco de la plaza", 364_000m),
            new("Drenaje pluvial en el callejón del Aguacate", 428_000m),
            new("Equipamiento para la fiesta patronal", 142_000m),
            new("Talleres de náhuatl y memoria del pueblo", 118_000m),
            new("Alarmas vecinales", 176_000m),
            new("Torneo de fútbol y equipamiento de la liga infantil", 96_500m),
            new("Huerto comunitario", 134_000m),
        ]);

    public DemoBallotProject this[string title] => Projects.Single(p => p.Title == title);

    /// <summary>
    /// What the running tally says with <paramref name="chosen"/> marked: the count, then the cost and the budget as
    /// es-MX numbers (Intl.NumberFormat, two decimals, no currency).
    /// </summary>
    public string Tally(params DemoBallotProject[] chosen) =>
        VotingText.Fill(VotingText.TallyCount, chosen.Length) + " · "
        + VotingText.Fill(VotingText.TallyCost, Number(chosen.Sum(p => p.Cost)), Number(Budget));

    private static string Number(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture) + " MXN";
}
