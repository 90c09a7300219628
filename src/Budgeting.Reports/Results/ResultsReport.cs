using System.Globalization;

namespace Budgeting.Reports.Results;

/// <summary>
/// What the public results report says, independent of where the numbers come from (a stored result snapshot, or a
/// Pabulib file through the command line). All visible text is already localized by the caller: names and reasons
/// here, labels and sentences in <see cref="Text"/>.
/// </summary>
/// <param name="ProcessName">The report's title, e.g. "Presupuesto participativo Coyoacán 2027".</param>
/// <param name="Place">Printed under the title, e.g. "Alcaldía Coyoacán, Ciudad de México".</param>
/// <param name="ResultDate">When the result was fixed; printed on the cover and used as the PDF's dates (never the clock).</param>
/// <param name="CurrencyCode">ISO 4217 code of every amount, e.g. "MXN"; empty prints amounts without a code.</param>
/// <param name="Culture">Formats numbers, amounts and the date, e.g. es-MX.</param>
/// <param name="RuleId">The rule's identifier, e.g. <c>mes_cost_sat_add1_greedy</c>.</param>
/// <param name="RuleName">The rule's name in words, e.g. "Método de Partes Iguales".</param>
/// <param name="RuleExplanation">The method in plain words; paragraphs separated by a blank line.</param>
/// <param name="ResultSha256">The SHA-256 of the canonical result data published beside the report, 64 lowercase hex digits.</param>
/// <param name="VerificationUrl">Encoded in the cover's QR code (and linked when it is an http(s) address).</param>
/// <param name="Districts">One entry per district, in the order they are printed.</param>
/// <param name="Text">Every label and sentence; <see cref="ResultsReportText.Spanish"/> and <see cref="ResultsReportText.English"/> are complete.</param>
public sealed record ResultsReport(
    string ProcessName,
    string Place,
    DateTimeOffset ResultDate,
    string CurrencyCode,
    CultureInfo Culture,
    string RuleId,
    string RuleName,
    string RuleExplanation,
    string ResultSha256,
    string VerificationUrl,
    IReadOnlyList<DistrictResult> Districts,
    ResultsReportText Text);

/// <summary>The outcome in one district. Amounts are integer minor units of <see cref="ResultsReport.CurrencyCode"/>.</summary>
/// <param name="Name">e.g. "Colonia Del Carmen".</param>
/// <param name="Budget">The district's budget.</param>
/// <param name="Ballots">Ballots counted (voters who took part).</param>
/// <param name="Channels">Ballots by channel, e.g. ("En línea", 812), ("Papel", 301); may be empty.</param>
/// <param name="EligibleVoters">People entitled to vote, when known; turnout is then printed as a percentage.</param>
/// <param name="Funded">Funded projects, printed in this order (the chart orders them by votes).</param>
/// <param name="NotFunded">Projects not funded, printed in this order after the funded ones.</param>
public sealed record DistrictResult(
    string Name,
    long Budget,
    long Ballots,
    IReadOnlyList<TurnoutChannel> Channels,
    long? EligibleVoters,
    IReadOnlyList<FundedProject> Funded,
    IReadOnlyList<NotFundedProject> NotFunded)
{
    public long Spent => Funded.Sum(p => p.Cost);
}

/// <summary>Ballots that came in through one channel.</summary>
public sealed record TurnoutChannel(string Label, long Ballots);

/// <summary>A funded project; its share of the district budget is computed from <see cref="Cost"/>.</summary>
public sealed record FundedProject(string Id, string Title, long Cost, long Votes);

/// <summary>A project that was not funded, with the reason in words, e.g. "No cabía en lo que quedaba (1,200.00 MXN)".</summary>
public sealed record NotFundedProject(string Id, string Title, long Cost, long Votes, string Reason);
