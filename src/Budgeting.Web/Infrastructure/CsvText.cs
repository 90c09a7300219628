namespace Budgeting.Web.Infrastructure;

public static class CsvText
{
    /// <summary>A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
