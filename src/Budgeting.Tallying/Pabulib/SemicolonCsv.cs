using System.Text;

namespace Budgeting.Tallying.Pabulib;

/// <summary>Splits and joins <c>;</c>-separated rows the way Python's <c>csv</c> module does (quotes, doubled quotes).</summary>
internal static class SemicolonCsv
{
    public static List<string> Split(string line, int lineNumber)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return [.. line.Split(';')];
        }
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    field.Append(line[i++]);
                }
                if (!closed)
                {
                    throw new PabulibFormatException(lineNumber, "a quoted field is not closed");
                }
                while (i < line.Length && line[i] != ';')
                {
                    field.Append(line[i++]);
                }
            }
            else
            {
                while (i < line.Length && line[i] != ';')
                {
                    field.Append(line[i++]);
                }
            }
            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return fields;
            }
            i++;
        }
    }

    public static string Join(IEnumerable<string> fields) => string.Join(';', fields.Select(Quote));

    private static string Quote(string field) =>
        field.Length > 0 && (field.Contains(';') || field.Contains('"') || field.Contains('\n') || field.Contains('\r')
                             || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
