using System.Globalization;
using System.Text;
using Budgeting.Core.Processes;

namespace Budgeting.Core.Eligibility;

/// <summary>
/// Reads a census list: a header row naming an identifier column and a district column (Spanish or English names,
/// see <see cref="IdentifierColumns"/> and <see cref="DistrictColumns"/>), then one person per row. Fields are
/// separated by commas, semicolons or tabs (whichever the header uses) and may be quoted. Districts are matched by name
/// without case or accents. Every problem is reported with its line number; a list with any problem imports nothing.
/// </summary>
public static class CensusCsv
{
    public const int MaxErrors = 100;

    public static readonly string[] IdentifierColumns =
        ["identifier", "identificador", "id", "clave", "clave_elector", "clave de elector", "curp", "documento", "document"];

    public static readonly string[] DistrictColumns =
        ["district", "distrito", "colonia", "unidad", "unidad territorial", "unidad_territorial", "barrio", "pueblo"];

    public static CensusFile Read(TextReader reader, IReadOnlyList<District> districts)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(districts);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var district in districts)
        {
            // Two districts whose names differ only in spacing read as one name; the first keeps it.
            byName.TryAdd(Key(district.Name), district.Id);
        }
        var rows = new List<CensusRow>();
        var errors = new List<CensusError>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var moreErrors = 0;
        (int Identifier, int District, char Separator)? header = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (header is null)
            {
                header = ReadHeader(line, lineNumber, errors);
                if (header is null)
                {
                    return new CensusFile(rows, errors, 0);
                }
                continue;
            }
            var (identifierAt, districtAt, separator) = header.Value;
            var error = ReadRow(line, lineNumber, identifierAt, districtAt, separator, byName, firstLineOf, rows);
            if (error is not null)
            {
                if (errors.Count < MaxErrors)
                {
                    errors.Add(error);
                }
                else
                {
                    moreErrors++;
                }
            }
        }
        if (header is null)
        {
            errors.Add(new CensusError(0, CensusErrors.Empty));
        }
        else if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CensusError(0, CensusErrors.NoRows));
        }
        return new CensusFile(rows, errors, moreErrors);
    }

    private static (int, int, char)? ReadHeader(string line, int lineNumber, List<CensusError> errors)
    {
        var separator = new[] { ',', ';', '\t' }.MaxBy(s => line.Count(c => c == s));
        var names = SplitFields(line, separator)?.Select(Key).ToList() ?? [];
        var identifier = names.FindIndex(n => IdentifierColumns.Contains(n));
        var district = names.FindIndex(n => DistrictColumns.Contains(n));
        if (identifier < 0 || district < 0)
        {
            errors.Add(new CensusError(lineNumber, CensusErrors.MissingHeader));
            return null;
        }
        return (identifier, district, separator);
    }

    private static CensusError? ReadRow(string line, int lineNumber, int identifierAt, int districtAt, char separator,
        Dictionary<string, int> byName, Dictionary<string, int> firstLineOf, List<CensusRow> rows)
    {
        var fields = SplitFields(line, separator);
        if (fields is null)
        {
            return new CensusError(lineNumber, CensusErrors.UnclosedQuote);
        }
        if (fields.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }
        if (fields.Count <= Math.Max(identifierAt, districtAt))
        {
            return new CensusError(lineNumber, CensusErrors.MissingField);
        }
        if (!CensusIdentifier.TryNormalize(fields[identifierAt], out var identifier))
        {
            return new CensusError(lineNumber, CensusErrors.InvalidIdentifier);
        }
        var districtName = fields[districtAt].Trim();
        if (!byName.TryGetValue(Key(districtName), out var districtId))
        {
            return new CensusError(lineNumber, CensusErrors.UnknownDistrict, districtName);
        }
        if (!firstLineOf.TryAdd(identifier, lineNumber))
        {
            return new CensusError(lineNumber, CensusErrors.Duplicate, firstLineOf[identifier].ToString(CultureInfo.InvariantCulture));
        }
        rows.Add(new CensusRow(lineNumber, identifier, districtId));
        return null;
    }

    /// <summary>The fields of one line; null when a quote is left open.</summary>
    private static List<string>? SplitFields(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        if (quoted)
        {
            return null;
        }
        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>A name compared without case, accents, width or repeated spaces.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Trim().Normalize(NormalizationForm.FormKD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }
                continue;
            }
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString().TrimEnd();
    }
}

/// <summary>One person of the census: the line they were read from, their normalized identifier and district.</summary>
public sealed record CensusRow(int Line, string Identifier, int DistrictId);

/// <summary>A problem on a line of the census list (0: the file as a whole), with its stable code and an argument.</summary>
public sealed record CensusError(int Line, string Code, string? Argument = null);

/// <summary>The rows of a census list, or why it cannot be imported (<see cref="MoreErrors"/> beyond the first <see cref="CensusCsv.MaxErrors"/>).</summary>
public sealed record CensusFile(IReadOnlyList<CensusRow> Rows, IReadOnlyList<CensusError> Errors, int MoreErrors)
{
    public bool Succeeded => Errors.Count == 0;
}

public static class CensusErrors
{
    public const string Empty = "Empty";
    public const string NoRows = "NoRows";
    public const string MissingHeader = "MissingHeader";
    public const string UnclosedQuote = "UnclosedQuote";
    public const string MissingField = "MissingField";
    public const string InvalidIdentifier = "InvalidIdentifier";
    public const string UnknownDistrict = "UnknownDistrict";
    /// <summary>The identifier is on an earlier line too: (that line).</summary>
    public const string Duplicate = "Duplicate";
    /// <summary>The identifier is already in the census under another district.</summary>
    public const string InOtherDistrict = "InOtherDistrict";
}
