using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Results;

/// <summary>
/// The canonical result data of a tally, the bytes its published SHA-256 is taken over: UTF-8 JSON without
/// whitespace, keys in ordinal order, integers for money (minor units) and counts, projects in the order the result
/// lists them. Anyone can rebuild these bytes from the open data and the recomputed outcome and compare the hash.
/// </summary>
public static class CanonicalResult
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Write(int processId, string processName, string currency, string rule, IReadOnlyList<BoxOutcome> boxes)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("boxes");
            foreach (var box in boxes.OrderBy(b => b.BoxKey, StringComparer.Ordinal))
            {
                WriteBox(json, box);
            }
            json.WriteEndArray();
            json.WriteString("currency", currency);
            json.WriteNumber("process", processId);
            json.WriteString("process_name", processName);
            json.WriteString("rule", rule);
            json.WriteString("tie_breaking", "project-id");
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Hash(string canonical) => ProcessTally.Sha256(canonical);

    /// <summary>The result read back from its canonical data (without the ballots, which are in the Pabulib files).</summary>
    /// <exception cref="JsonException">The text is not canonical result data.</exception>
    public static PublishedResult Read(string canonical)
    {
        using var document = JsonDocument.Parse(canonical);
        var root = document.RootElement;
        var boxes = root.GetProperty("boxes").EnumerateArray().Select(box => new BoxOutcome(
            box.GetProperty("box").GetString()!,
            BallotBoxKey.DistrictOf(box.GetProperty("box").GetString()!),
            box.GetProperty("name").GetString()!,
            box.GetProperty("budget").GetInt64(),
            box.GetProperty("ballots").GetInt32(),
            "",
            box.GetProperty("input_sha256").GetString()!,
            box.GetProperty("total_cost").GetInt64(),
            box.GetProperty("projects").EnumerateArray().Select(p => new ProjectOutcome(
                p.GetProperty("id").GetString()!,
                p.GetProperty("title").GetString()!,
                p.GetProperty("cost").GetInt64(),
                p.GetProperty("votes").GetInt32(),
                p.GetProperty("funded").GetBoolean(),
                p.TryGetProperty("reason", out var reason) ? Enum.Parse<Tallying.UnfundedReason>(reason.GetString()!) : null,
                p.TryGetProperty("missing", out var missing) ? missing.GetInt64() : null)).ToList())).ToList();
        return new PublishedResult(root.GetProperty("process").GetInt32(), root.GetProperty("process_name").GetString()!,
            root.GetProperty("currency").GetString()!, root.GetProperty("rule").GetString()!, boxes);
    }

    private static void WriteBox(Utf8JsonWriter json, BoxOutcome box)
    {
        json.WriteStartObject();
        json.WriteNumber("ballots", box.Ballots);
        json.WriteString("box", box.BoxKey);
        json.WriteNumber("budget", box.Budget);
        json.WriteString("input_sha256", box.InputSha256);
        json.WriteString("name", box.Name);
        json.WriteStartArray("projects");
        foreach (var project in box.Projects)
        {
            json.WriteStartObject();
            json.WriteNumber("cost", project.Cost);
            json.WriteBoolean("funded", project.Funded);
            json.WriteString("id", project.Id);
            if (project.Missing is { } missing)
            {
                json.WriteNumber("missing", missing);
            }
            if (project.Reason is { } reason)
            {
                json.WriteString("reason", reason.ToString());
            }
            json.WriteString("title", project.Title);
            json.WriteNumber("votes", project.Votes);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("total_cost", box.TotalCost);
        json.WriteEndObject();
    }
}

/// <summary>A result as published: the process, the rule and each box's outcome.</summary>
public sealed record PublishedResult(int ProcessId, string ProcessName, string Currency, string Rule, IReadOnlyList<BoxOutcome> Boxes);
