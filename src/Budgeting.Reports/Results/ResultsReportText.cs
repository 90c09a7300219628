namespace Budgeting.Reports.Results;

/// <summary>
/// Every label and sentence of the results report, in one language. Templates are composite format strings whose
/// arguments are described on each property; amounts and numbers arrive already formatted. Start from
/// <see cref="Spanish"/> or <see cref="English"/> and change what differs with <c>with</c>.
/// </summary>
public sealed record ResultsReportText
{
    /// <summary>The PDF's subject metadata.</summary>
    public required string DocumentSubject { get; init; }

    /// <summary>Printed small above the title on the cover.</summary>
    public required string CoverKicker { get; init; }

    /// <summary>A .NET custom date format for <see cref="ResultsReport.ResultDate"/>.</summary>
    public required string DateFormat { get; init; }

    public required string ResultDateLabel { get; init; }

    public required string TotalBudgetLabel { get; init; }

    public required string TotalSpentLabel { get; init; }

    public required string RuleLabel { get; init; }

    /// <summary>{0} is the rule's name, {1} its identifier.</summary>
    public required string RuleValue { get; init; }

    public required string HashHeading { get; init; }

    public required string HashExplanation { get; init; }

    /// <summary>Under the QR code; {0} is the verification URL.</summary>
    public required string VerifyCaption { get; init; }

    public required string SummaryHeading { get; init; }

    public required string DistrictColumn { get; init; }

    public required string BudgetColumn { get; init; }

    public required string SpentColumn { get; init; }

    public required string FundedCountColumn { get; init; }

    public required string BallotsColumn { get; init; }

    /// <summary>{0} funded projects of {1} on the ballot.</summary>
    public required string FundedCount { get; init; }

    public required string TotalRow { get; init; }

    /// <summary>{0} budget, {1} spent, {2} left, {3} ballots.</summary>
    public required string DistrictFacts { get; init; }

    public required string ChartTitle { get; init; }

    /// <summary>After each bar; {0} is the number of votes.</summary>
    public required string ChartValue { get; init; }

    /// <summary>When the chart shows only the most voted funded projects; {0} is how many.</summary>
    public required string ChartTopNote { get; init; }

    public required string NoFundedProjects { get; init; }

    public required string IdColumn { get; init; }

    public required string ProjectColumn { get; init; }

    public required string CostColumn { get; init; }

    public required string VotesColumn { get; init; }

    public required string ShareColumn { get; init; }

    public required string OutcomeColumn { get; init; }

    public required string Funded { get; init; }

    /// <summary>The outcome of a project not funded whose reason is blank.</summary>
    public required string NotFunded { get; init; }

    /// <summary>{0} is the reason.</summary>
    public required string NotFundedBecause { get; init; }

    public required string MethodHeading { get; init; }

    public required string TurnoutHeading { get; init; }

    public required string EligibleColumn { get; init; }

    public required string TurnoutColumn { get; init; }

    /// <summary>Printed for a value that does not apply, e.g. a district with no count for a channel.</summary>
    public required string NotApplicable { get; init; }

    /// <summary>{0} is the page number, {1} the page count.</summary>
    public required string PageFooter { get; init; }

    /// <summary>Spanish as used in Mexico (es-MX).</summary>
    public static ResultsReportText Spanish { get; } = new()
    {
        DocumentSubject = "Resultados del presupuesto participativo",
        CoverKicker = "Informe de resultados",
        DateFormat = "d 'de' MMMM 'de' yyyy",
        ResultDateLabel = "Fecha del resultado",
        TotalBudgetLabel = "Presupuesto total",
        TotalSpentLabel = "Total asignado a proyectos",
        RuleLabel = "Regla de asignación",
        RuleValue = "{0} ({1})",
        HashHeading = "Huella SHA-256 de los datos del resultado",
        HashExplanation = "Los datos del resultado se publican junto a este informe. Cualquier persona puede calcular su huella SHA-256 y compararla con esta: si coinciden, son los mismos datos que produjeron este informe.",
        VerifyCaption = "Verifique el resultado en {0}",
        SummaryHeading = "Resumen por distrito",
        DistrictColumn = "Distrito",
        BudgetColumn = "Presupuesto",
        SpentColumn = "Asignado",
        FundedCountColumn = "Proyectos financiados",
        BallotsColumn = "Boletas",
        FundedCount = "{0} de {1}",
        TotalRow = "Total",
        DistrictFacts = "Presupuesto: {0}. Asignado: {1}. Sin asignar: {2}. Boletas: {3}.",
        ChartTitle = "Votos de los proyectos financiados",
        ChartValue = "{0} votos",
        ChartTopNote = "La gráfica muestra los {0} proyectos financiados con más votos; la tabla los incluye todos.",
        NoFundedProjects = "Ningún proyecto recibió financiamiento en este distrito.",
        IdColumn = "Clave",
        ProjectColumn = "Proyecto",
        CostColumn = "Costo",
        VotesColumn = "Votos",
        ShareColumn = "% del presupuesto",
        OutcomeColumn = "Resultado",
        Funded = "Financiado",
        NotFunded = "No financiado",
        NotFundedBecause = "No financiado: {0}",
        MethodHeading = "Cómo se decidió",
        TurnoutHeading = "Participación",
        EligibleColumn = "Personas con derecho a votar",
        TurnoutColumn = "Participación",
        NotApplicable = "—",
        PageFooter = "Página {0} de {1}",
    };

    /// <summary>English.</summary>
    public static ResultsReportText English { get; } = new()
    {
        DocumentSubject = "Participatory budgeting results",
        CoverKicker = "Results report",
        DateFormat = "MMMM d, yyyy",
        ResultDateLabel = "Result date",
        TotalBudgetLabel = "Total budget",
        TotalSpentLabel = "Total allocated to projects",
        RuleLabel = "Allocation rule",
        RuleValue = "{0} ({1})",
        HashHeading = "SHA-256 fingerprint of the result data",
        HashExplanation = "The result data is published alongside this report. Anyone can compute its SHA-256 fingerprint and compare it with this one: if they match, it is the same data that produced this report.",
        VerifyCaption = "Verify the result at {0}",
        SummaryHeading = "Summary by district",
        DistrictColumn = "District",
        BudgetColumn = "Budget",
        SpentColumn = "Allocated",
        FundedCountColumn = "Funded projects",
        BallotsColumn = "Ballots",
        FundedCount = "{0} of {1}",
        TotalRow = "Total",
        DistrictFacts = "Budget: {0}. Allocated: {1}. Left: {2}. Ballots: {3}.",
        ChartTitle = "Votes for the funded projects",
        ChartValue = "{0} votes",
        ChartTopNote = "The chart shows the {0} funded projects with the most votes; the table lists them all.",
        NoFundedProjects = "No project was funded in this district.",
        IdColumn = "ID",
        ProjectColumn = "Project",
        CostColumn = "Cost",
        VotesColumn = "Votes",
        ShareColumn = "% of budget",
        OutcomeColumn = "Outcome",
        Funded = "Funded",
        NotFunded = "Not funded",
        NotFundedBecause = "Not funded: {0}",
        MethodHeading = "How it was decided",
        TurnoutHeading = "Turnout",
        EligibleColumn = "Eligible voters",
        TurnoutColumn = "Turnout",
        NotApplicable = "—",
        PageFooter = "Page {0} of {1}",
    };
}
