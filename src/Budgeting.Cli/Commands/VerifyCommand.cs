using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Budgeting.Core.Results;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>verify DIR [--hash HEX] [--json]</c>: checks a published result folder. <c>result.json</c> must hash to
/// <c>result.sha256</c> (its first word, when the file is there) and to <c>--hash</c> (when given, e.g. from the
/// report); every box's <c>{box}.pb</c> must be the input it names and tally, under the published rule, to exactly
/// the published outcome; and the canonical data rebuilt from those outcomes must be <c>result.json</c> byte for byte.
/// Exit 0 verified, 1 not verified, 2 bad command line, 3 missing or malformed files.
/// </summary>
internal static class VerifyCommand
{
    private const string ResultFile = "result.json";
    private const string HashFile = "result.sha256";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly("--hash", "--json");
        if (options.Positional.Count != 1)
        {
            throw new UsageException("verify needs exactly one DIR");
        }
        var expected = options.Get("--hash") is { } hash ? Hex(hash) : null;
        var directory = options.Positional[0];
        if (!Directory.Exists(directory))
        {
            throw new InputException($"directory not found: {directory}");
        }

        var resultPath = Path.Combine(directory, ResultFile);
        var bytes = Files.Bytes(resultPath);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var problems = new List<string>();
        var checkedAgainst = new List<string>();
        var hashPath = Path.Combine(directory, HashFile);
        if (File.Exists(hashPath))
        {
            // The first word, so a file in sha256sum's "HASH  result.json" form is read too.
            var published = Files.Text(hashPath, Files.Bytes(hashPath)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            Check(problems, checkedAgainst, HashFile, published?.ToLowerInvariant() ?? "", sha256);
        }
        if (expected is not null)
        {
            Check(problems, checkedAgainst, "--hash", expected, sha256);
        }

        var result = PublishedResultFile.Read(resultPath, bytes);
        var boxes = result.Boxes.Select(box => BoxCheck.Run(directory, result, box)).ToList();
        if (boxes.Count == 0)
        {
            problems.Add($"{ResultFile} lists no ballot box");
        }
        var rebuilt = CanonicalResult.Write(result.ProcessId, result.ProcessName, result.Currency, result.Rule, [.. boxes.Select(b => b.Recomputed)]);
        if (!Encoding.UTF8.GetBytes(rebuilt).AsSpan().SequenceEqual(bytes))
        {
            problems.Add($"{ResultFile} is not the canonical data of the recomputed result (sha256 {CanonicalResult.Hash(rebuilt)})");
        }

        var verified = problems.Count == 0 && boxes.All(b => b.Ok);
        if (options.Has("--json"))
        {
            stdout.WriteLine(Json(verified, sha256, problems, boxes));
        }
        else
        {
            Text(stdout, verified, sha256, result, problems, checkedAgainst, boxes);
        }
        return verified ? Cli.Ok : Cli.NotVerified;
    }

    private static void Check(List<string> problems, List<string> checkedAgainst, string source, string given, string sha256)
    {
        if (given == sha256)
        {
            checkedAgainst.Add(source);
        }
        else
        {
            problems.Add($"{source} gives {(given.Length == 0 ? "no hash" : given)}, not the SHA-256 of {ResultFile}");
        }
    }

    private static string Hex(string text)
    {
        var hex = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit)
            ? hex
            : throw new UsageException($"--hash needs a SHA-256 in 64 hex digits, not '{text}'");
    }

    private static void Text(TextWriter stdout, bool verified, string sha256, PublishedResult result, List<string> problems,
        List<string> checkedAgainst, List<BoxCheck> boxes)
    {
        stdout.WriteLine($"{ResultFile}: sha256 {sha256}");
        foreach (var problem in problems)
        {
            stdout.WriteLine("  - " + problem);
        }
        foreach (var box in boxes)
        {
            stdout.WriteLine($"box {box.Box} ({box.File}): {(box.Ok ? "OK" : "NOT OK")}");
            foreach (var problem in box.Problems)
            {
                stdout.WriteLine("  - " + problem);
            }
        }
        var problemCount = problems.Count + boxes.Sum(b => b.Problems.Count);
        stdout.WriteLine(verified
            ? $"VERIFIED: {ResultFile} is the {result.Rule} outcome of its {boxes.Count} ballot file(s)"
                + (checkedAgainst.Count > 0 ? $" and matches {string.Join(" and ", checkedAgainst)}" : "; no published hash was given to compare")
            : $"NOT VERIFIED: {problemCount} problem(s)");
    }

    private static string Json(bool verified, string sha256, List<string> problems, List<BoxCheck> boxes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteBoolean("verified", verified);
            json.WriteString("sha256", sha256);
            WriteProblems(json, problems);
            json.WriteStartArray("boxes");
            foreach (var box in boxes)
            {
                json.WriteStartObject();
                json.WriteString("box", box.Box);
                json.WriteBoolean("ok", box.Ok);
                WriteProblems(json, box.Problems);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteProblems(Utf8JsonWriter json, IEnumerable<string> problems)
    {
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            json.WriteStringValue(problem);
        }
        json.WriteEndArray();
    }
}
