using System.Security.Cryptography;
using System.Text;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Eligibility;

/// <summary>
/// A one-time voting code: eleven random characters from the receipt alphabet (no 0/O, 1/I/L), about 54 bits, and a
/// check character, shown as three groups of four (<c>7KQ2-MXH4-RDA9</c>). The check makes the weighted sum
/// Σ (i+1)·value(cᵢ) over all twelve characters a multiple of 31; as 31 is prime and the weights 1..12 are distinct
/// and non-zero modulo 31, every single wrong character and every swap of two neighbours changes the sum, so such
/// typos are caught on the phone before the server is asked.
/// </summary>
public static class VotingCode
{
    public const string Alphabet = ReceiptCode.Alphabet;

    public const int Length = 12;

    /// <summary>Characters of a code that the redemption rate limit groups attempts by.</summary>
    public const int PrefixLength = 4;

    private const int GroupLength = 4;

    /// <summary>A new code in display form, drawn from <paramref name="random"/> without modulo bias.</summary>
    public static string Generate(RandomNumberGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        const int limit = 256 / 31 * 31;
        var code = new StringBuilder(Length);
        Span<byte> buffer = stackalloc byte[16];
        while (code.Length < Length - 1)
        {
            random.GetBytes(buffer);
            foreach (var b in buffer)
            {
                if (b < limit && code.Length < Length - 1)
                {
                    code.Append(Alphabet[b % Alphabet.Length]);
                }
            }
        }
        code.Append(CheckCharacter(code.ToString()));
        return Display(code.ToString());
    }

    /// <summary>
    /// Reads a code as a voter may type it (any case, dashes and spaces anywhere) into its bare twelve characters;
    /// says whether it is well formed and whether its check character fits.
    /// </summary>
    public static VotingCodeReading Read(string? input)
    {
        var bare = new StringBuilder(Length);
        foreach (var c in input ?? "")
        {
            if (TypedText.IsSeparator(c))
            {
                continue;
            }
            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || bare.Length == Length)
            {
                return new VotingCodeReading(VotingCodeStatus.Malformed, "");
            }
            bare.Append(upper);
        }
        if (bare.Length != Length)
        {
            return new VotingCodeReading(VotingCodeStatus.Malformed, "");
        }
        var text = bare.ToString();
        return CheckCharacter(text[..^1]) == text[^1]
            ? new VotingCodeReading(VotingCodeStatus.Valid, text)
            : new VotingCodeReading(VotingCodeStatus.TypoDetected, "");
    }

    /// <summary>The display form of a bare code: three groups of four.</summary>
    public static string Display(string bare) =>
        string.Join('-', Enumerable.Range(0, bare.Length / GroupLength).Select(i => bare.Substring(i * GroupLength, GroupLength)));

    /// <summary>The stored form of a bare code: lowercase hex HMAC-SHA256 under the process's secret salt.</summary>
    public static string Hash(byte[] salt, string bare) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(bare)));

    /// <summary>The character that completes the first eleven, as described on the class.</summary>
    public static char CheckCharacter(string first11)
    {
        ArgumentNullException.ThrowIfNull(first11);
        if (first11.Length != Length - 1 || !first11.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            throw new ArgumentException("A code's first eleven characters, from the alphabet, are needed.", nameof(first11));
        }
        var sum = 0;
        for (var i = 0; i < first11.Length; i++)
        {
            sum += (i + 1) * Alphabet.IndexOf(first11[i], StringComparison.Ordinal);
        }
        var weight = first11.Length + 1;
        // The check value v solves sum + weight·v ≡ 0 (mod 31); weight's inverse exists because 31 is prime.
        var inverse = Enumerable.Range(1, 30).First(x => weight * x % 31 == 1);
        return Alphabet[(31 - sum % 31) % 31 * inverse % 31];
    }
}

public enum VotingCodeStatus
{
    Valid,
    Malformed,
    TypoDetected,
}

/// <summary>What <see cref="VotingCode.Read"/> made of the input: the bare code when it is <see cref="VotingCodeStatus.Valid"/>.</summary>
public readonly record struct VotingCodeReading(VotingCodeStatus Status, string Bare);
