using Budgeting.Reports.Model;

namespace Budgeting.Reports.CodeSheets;

/// <summary>
/// A printable sheet of one-time voting codes, one cut-out card per code. All visible text comes from the caller,
/// already localized (es-MX or en); the library does no translation.
/// </summary>
/// <param name="ProcessName">Printed small at the top of every card, e.g. "Presupuesto participativo Coyoacán 2027".</param>
/// <param name="Heading">Printed just above the code, e.g. "Código para votar".</param>
/// <param name="Instructions">How to use the code; wrapped, and shrunk on every card alike if long.</param>
/// <param name="ClosesText">When voting closes, printed in bold under the instructions.</param>
/// <param name="PageFooterTemplate">
/// A composite format string in which {0} is the page number and {1} the page count, as
/// <see cref="Layout.PageFrame.PageNumberText"/> fills it: "Página {0} de {1}".
/// </param>
/// <param name="Info">Metadata; its fixed <see cref="DocumentInfo.Created"/> date makes the same data give the same bytes.</param>
/// <param name="Entries">The codes, printed in this order.</param>
public sealed record CodeSheet(
    string ProcessName,
    string Heading,
    string Instructions,
    string ClosesText,
    string PageFooterTemplate,
    DocumentInfo Info,
    IReadOnlyList<CodeSheetEntry> Entries);
