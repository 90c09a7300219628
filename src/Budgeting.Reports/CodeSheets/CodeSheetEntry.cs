namespace Budgeting.Reports.CodeSheets;

/// <summary>One card: the district the code votes in, the code as residents type it, and the address its QR code opens.</summary>
/// <param name="DistrictName">Printed in bold under the process name, e.g. "Colonia Del Carmen".</param>
/// <param name="Code">Printed exactly as given, grouping included, e.g. "7KQ2-MXH4-RDA9"; never wrapped.</param>
/// <param name="Url">Encoded in the QR code and linked, e.g. "https://example.org/c/7KQ2MXH4RDA9".</param>
public sealed record CodeSheetEntry(string DistrictName, string Code, string Url);
