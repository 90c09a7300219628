using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Budgeting.Reports.Results;

/// <summary>
/// The result data of one tallied instance in the canonical form whose SHA-256 the report prints: one JSON object,
/// serialised by RFC 8785 (JSON Canonicalization Scheme), UTF-8, no whitespace, keys in code-unit order:
/// <c>{"budget":B,"money_decimals":D,"rule":"R","selected":["id",...],"total_cost":T,"votes":{"id":n,...}}</c>.
/// Amounts are integers in minor units (10^D per currency unit), <c>selected</c> is sorted by ordinal string order,
/// <c>votes</c> has one entry per project. Python gives the same bytes with
/// <c>json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()</c>.
/// </summary>
/// <param name="Rule">The rule's canonical identifier.</param>
/// <param name="Budget">The budget in minor units.</param>
/// <param name="MoneyDecimals">Decimals of one currency unit in the minor units used here.</param>
/// <param name="Selected">Funded project ids, in any order.</param>
/// <param name="TotalCost">Total cost of the funded projects in minor units.</param>
/// <param name="Votes">Votes per project id.</param>
public sealed record CanonicalResult(
    string Rule,
    long Budget,
    int MoneyDecimals,
    IReadOnlyCollection<string> Selected,
    long TotalCost,
    IReadOnlyDictionary<string, long> Votes)
{
    // JCS writes numbers as IEEE doubles; beyond 2^53 an integer would not survive the round trip.
    private const long MaxSafeInteger = (1L << 53) - 1;

    /// <summary>The canonical UTF-8 bytes.</summary>
    public byte[] ToUtf8Json()
    {
        var json = new StringBuilder();
        json.Append("{\"budget\":").Append(Number(Budget))
            .Append(",\"money_decimals\":").Append(Number(MoneyDecimals))
            .Append(",\"rule\":").Append(Quote(Rule))
            .Append(",\"selected\":[")
            .AppendJoin(',', Selected.Order(StringComparer.Ordinal).Select(Quote))
            .Append("],\"total_cost\":").Append(Number(TotalCost))
            .Append(",\"votes\":{")
            .AppendJoin(',', Votes.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => Quote(v.Key) + ":" + Number(v.Value)))
            .Append("}}");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(json.ToString());
    }

    /// <summary>The SHA-256 of <see cref="ToUtf8Json"/> in lowercase hex, as printed on the report.</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(ToUtf8Json()));

    private static string Number(long value) =>
        Math.Abs(value) <= MaxSafeInteger
            ? value.ToString(CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{value} is too large for canonical JSON (more than 2^53 - 1).");

    /// <summary>A JCS string: only the quote, the backslash and control characters are escaped.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
