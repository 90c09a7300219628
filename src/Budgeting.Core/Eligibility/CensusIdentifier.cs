using System.Security.Cryptography;
using System.Text;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Eligibility;

/// <summary>
/// A census identifier (an INE voter key, a CURP, a document number): letters and digits, 4 to 40 of them, compared
/// without case, spaces, dashes, dots or slashes, and stored only as an HMAC under the process's secret salt.
/// </summary>
public static class CensusIdentifier
{
    public const int MinLength = 4;
    public const int MaxLength = 40;

    public static bool TryNormalize(string? input, out string normal)
    {
        normal = "";
        if (input is null)
        {
            return false;
        }
        var text = new StringBuilder(input.Length);
        foreach (var c in input.Normalize(NormalizationForm.FormKC))
        {
            if (c is '.' or '/' || TypedText.IsSeparator(c))
            {
                continue;
            }
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
            text.Append(char.ToUpperInvariant(c));
        }
        if (text.Length is < MinLength or > MaxLength)
        {
            return false;
        }
        normal = text.ToString();
        return true;
    }

    public static string Hash(byte[] salt, string normal) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(normal)));
}
