namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// The visible words of voting codes in Spanish (es-MX), copied from src/Budgeting.Web/Resources/SharedResource.resx
/// (Code.*, Codes.*, Eligibility.*, EligibilityMode.*, Projects.*), like <see cref="VotingText"/>. Texts with {0} are
/// formats, filled with <see cref="VotingText.Fill"/>.
/// </summary>
public static class CodeText
{
    // The resident's side: /code and /c/{code}.
    public const string Title = "Votar con código";
    public const string Label = "Código para votar";
    public const string Continue = "Continuar";
    public const string Typo = "Ese código tiene un error de escritura: revisa cada carácter con tu hoja.";
    public const string Malformed = "Un código tiene 12 letras y números, por ejemplo 7KQ2-MXH4-RDA9.";
    public const string Finish = "Terminar y salir";
    public const string Finished = "Listo. Para cambiar tu voto, vuelve a entrar con tu código.";

    // The organizer's side: projects, who votes, codes.
    public const string AddProject = "Agregar proyecto";
    public const string EligibilityTab = "Quién vota";
    public const string EligibilityMode = "Forma de participar";
    public const string ModeCodes = "Códigos para votar · códigos de un solo uso por colonia, impresos con QR; no hace falta cuenta";
    public const string Save = "Guardar";
    public const string RulesFrozen =
        "La votación ya abrió: las colonias, los presupuestos y la moneda ya no se pueden cambiar.";
    public const string PhaseVoting = "Votación";
    public const string CodesTitleOf = "Códigos para votar: {0}";
    public const string CodesDistrict = "Tu colonia, pueblo o barrio";
    public const string CodesCount = "Cantidad";
    public const string Issue = "Generar códigos";
    public const string Issued = "Se generaron {0} códigos para {1}.";
}
