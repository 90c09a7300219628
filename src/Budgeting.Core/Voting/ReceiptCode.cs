using System.Security.Cryptography;
using System.Text;

namespace Budgeting.Core.Voting;

/// <summary>
/// A ballot's receipt: ten random characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as two
/// groups of five (<c>7KQ2M-XH4RD</c>), about 49 bits. The list of counted ballots published after the close shows
/// <see cref="Hash"/> of every receipt, so a voter can find theirs without the list revealing any choice.
/// </summary>
public static class ReceiptCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 10;

    private const int GroupLength = 5;

    /// <summary>A new code in display form, drawn from <paramref name="random"/> without modulo bias.</summary>
    public static string Generate(RandomNumberGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        // The largest multiple of the alphabet size that fits in a byte; bytes at or above it are redrawn.
        const int limit = 256 / 31 * 31;
        var code = new StringBuilder(Length);
        Span<byte> buffer = stackalloc byte[16];
        while (code.Length < Length)
        {
            random.GetBytes(buffer);
            foreach (var b in buffer)
            {
                if (b < limit && code.Length < Length)
                {
                    code.Append(Alphabet[b % Alphabet.Length]);
                }
            }
        }
        return Display(code.ToString());
    }

    /// <summary>
    /// Reads a code as a voter may type it (any case, with or without dashes or spaces) into display form; false when
    /// it is not ten characters of the alphabet.
    /// </summary>
    public static bool TryNormalize(string? input, out string code)
    {
        code = "";
        if (input is null)
        {
            return false;
        }
        var bare = new StringBuilder(Length);
        foreach (var c in input)
        {
            if (TypedText.IsSeparator(c))
            {
                continue;
            }
            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || bare.Length == Length)
            {
                return false;
            }
            bare.Append(upper);
        }
        if (bare.Length != Length)
        {
            return false;
        }
        code = Display(bare.ToString());
        return true;
    }

    /// <summary>
    /// The published hash: lowercase hex SHA-256 of the code's ten characters in upper case without the dash, as
    /// ASCII, so anyone can recompute it (<c>printf 7KQ2MXH4RD | sha256sum</c>).
    /// </summary>
    /// <exception cref="FormatException">The code is not a receipt code.</exception>
    public static string Hash(string code)
    {
        if (!TryNormalize(code, out var normal))
        {
            throw new FormatException("Not a receipt code.");
        }
        var bare = normal.Replace("-", "", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(bare)));
    }

    private static string Display(string bare) => bare[..GroupLength] + "-" + bare[GroupLength..];
}
