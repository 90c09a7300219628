using System.IO.Compression;
using System.Text;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;

namespace Budgeting.Cli.Commands;

internal static class Files
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Election Read(string path)
    {
        Exists(path);
        return Guard(path, () =>
        {
            using var stream = File.OpenRead(path);
            return PabulibReader.Read(stream);
        });
    }

    /// <summary>
    /// A Pabulib file (gzip-compressed or not) as the exact text its published SHA-256 is taken over, byte order mark
    /// included, and the election it holds.
    /// </summary>
    public static (Election Election, string Text) ReadWithText(string path)
    {
        var text = Text(path, Decompress(path, Bytes(path)));
        return (Parse(path, text), text);
    }

    public static byte[] Bytes(string path)
    {
        Exists(path);
        return Guard(path, () => File.ReadAllBytes(path));
    }

    /// <summary>UTF-8 text, refused rather than repaired when a byte is not UTF-8, so the text hashes as the bytes do.</summary>
    public static string Text(string path, byte[] bytes) => Guard(path, () => StrictUtf8.GetString(bytes));

    public static Election Parse(string path, string text) => Guard(path, () => PabulibReader.Read(new StringReader(text)));

    public static TieBreaking TieBreaking(string? text) => text switch
    {
        null or "project-id" => Tallying.TieBreaking.ProjectId,
        "lower-cost" => Tallying.TieBreaking.LowerCost,
        _ when text.StartsWith("seed:", StringComparison.Ordinal) && int.TryParse(text[5..], out var seed) => Tallying.TieBreaking.Seeded(seed),
        _ => throw new UsageException($"unknown tie-breaking '{text}' (project-id, lower-cost or seed:N)"),
    };

    public static string Rule(string? name)
    {
        if (name is null)
        {
            throw new UsageException("missing --rule RULE");
        }
        return RuleCatalog.Canonical(name) ?? throw new UsageException($"unknown rule '{name}'; run 'budgeting rules' for the list");
    }

    private static byte[] Decompress(string path, byte[] bytes)
    {
        if (bytes is not [0x1f, 0x8b, ..])
        {
            return bytes;
        }
        return Guard(path, () =>
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var text = new MemoryStream();
            gzip.CopyTo(text);
            return text.ToArray();
        });
    }

    private static void Exists(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"file not found: {path}");
        }
    }

    private static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is PabulibFormatException or IOException or InvalidDataException or UnauthorizedAccessException
            or DecoderFallbackException)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }
}
