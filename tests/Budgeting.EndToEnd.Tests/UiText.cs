namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// The visible words the tests look for, copied from src/Budgeting.Web/Resources/SharedResource.resx (Spanish) and
/// SharedResource.en.resx (English), so a missing or wrong translation fails a test.
/// </summary>
public sealed record UiText(
    string Locale,
    string HtmlLang,
    string HomeTitle,
    string DistrictCount,
    string PhaseVoting,
    string[] TimelinePhases,
    string TimelineHeading,
    string From,
    string DistrictsHeading,
    string DistrictColumn,
    string BudgetColumn,
    string SignInTitle,
    string Email,
    string Password,
    string SignInSubmit,
    string SignInFailed,
    string OrganizeTitle,
    string OrganizeNav,
    string SignOut)
{
    public static readonly UiText Spanish = new(
        Locale: Phone.Spanish,
        HtmlLang: "es-MX",
        HomeTitle: "Procesos de presupuesto participativo",
        DistrictCount: "Colonias: 3",
        PhaseVoting: "Votación",
        TimelinePhases: ["Propuestas", "Revisión", "Votación", "Cerrado"],
        TimelineHeading: "Calendario",
        From: "desde ",
        DistrictsHeading: "Colonias y presupuestos",
        DistrictColumn: "Colonia o pueblo",
        BudgetColumn: "Presupuesto",
        SignInTitle: "Iniciar sesión",
        Email: "Correo electrónico",
        Password: "Contraseña",
        SignInSubmit: "Entrar",
        SignInFailed: "Correo o contraseña incorrectos.",
        OrganizeTitle: "Organizar procesos",
        OrganizeNav: "Organizar",
        SignOut: "Cerrar sesión");

    public static readonly UiText English = new(
        Locale: Phone.English,
        HtmlLang: "en",
        HomeTitle: "Participatory budgeting processes",
        DistrictCount: "Districts: 3",
        PhaseVoting: "Voting",
        TimelinePhases: ["Proposals", "Review", "Voting", "Closed"],
        TimelineHeading: "Timeline",
        From: "from ",
        DistrictsHeading: "Districts and budgets",
        DistrictColumn: "District",
        BudgetColumn: "Budget",
        SignInTitle: "Sign in",
        Email: "Email",
        Password: "Password",
        SignInSubmit: "Sign in",
        SignInFailed: "Wrong email or password.",
        OrganizeTitle: "Organize processes",
        OrganizeNav: "Organize",
        SignOut: "Sign out");

    public static UiText For(string locale) => locale switch
    {
        Phone.Spanish => Spanish,
        Phone.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(locale), locale, "No texts for this locale."),
    };
}
