namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// The visible words of tallying and publishing results in Spanish (es-MX), copied from
/// src/Budgeting.Web/Resources/SharedResource.resx (Results.*, OpenData.*, Receipts.*, Rule.*, Report.*, Phase.*), like
/// <see cref="VotingText"/>. Texts with {0} are formats, filled with <see cref="VotingText.Fill"/>.
/// </summary>
public static class ResultsText
{
    public const string DefaultRule = "mes_cost_sat_add1_greedy";

    // The organizer's side: closing voting and the "Escrutinio" tab.
    public const string PhaseClosed = "Cerrado";
    public const string PhasePublished = "Resultados publicados";
    public const string OrganizeTab = "Escrutinio";
    public const string OrganizeTitleOf = "Escrutinio: {0}";
    public const string Rule = "Regla";
    public const string Reason = "Motivo";
    public const string Tally = "Contar votos";
    public const string Tallied = "Escrutinio guardado. Huella SHA-256: {0}";
    public const string Preview = "Vista previa del último escrutinio ({0})";
    public const string Publish = "Publicar";
    public const string Published = "Publicado";
    public const string Saved = "Cambios guardados.";

    // The public side: /processes/{id}/results.
    public const string Title = "Resultados";
    public const string TitleOf = "Resultados: {0}";
    public const string NotPublished = "Los resultados todavía no se publican. Nada sobre los votos se muestra antes.";
    public const string RuleUsed = "Regla de asignación: {0}.";
    public const string EqualShares = "Método de Partes Iguales";
    public const string ChartAlt =
        "Votos por proyecto en {0}: las barras oscuras son proyectos financiados; los mismos datos están en las tablas de abajo.";
    public const string FundedCaption = "Proyectos que se financian";
    public const string UnfundedCaption = "Proyectos que no se financian";
    public const string CompareCaption = "Qué habrían financiado otras reglas (resaltado donde difieren de la regla usada)";
    public const string TurnoutByChannel = "Boletas en línea con cuenta: {0}; con código: {1}; en papel: {2}.";
    public const string Method = "Cómo se decidió";
    public const string ExplainAdd1 =
        "Si sobra dinero, el cálculo se repite aumentando poco a poco la parte de cada persona, mientras el resultado quepa en el presupuesto.";
    public const string ExplainGreedyCompletion = "Lo que todavía sobre se usa en orden de votos, en cada proyecto que quepa.";
    public const string ExplainVotesNote = "Los votos de cada proyecto son las boletas que lo incluyen.";
    public const string DownloadPdf = "Descargar el informe (PDF)";
    public const string Verify = "Verificar los resultados";

    // Open data and the receipts page.
    public const string OpenData = "Datos abiertos";
    public const string OpenDataTitleOf = "Datos abiertos: {0}";
    public const string Zip = "Descargar todo (.zip)";
    public const string ReceiptsTitle = "Comprobantes contados";
    public const string VerifyResult = "Verificar el resultado";

    // The PDF report.
    public const string PageFooter = "Página {0} de {1}";
}
