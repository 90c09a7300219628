using System.Globalization;
using System.Text.Json;

namespace Budgeting.Cli.Commands;

/// <summary>
/// What a checked database file holds: its size, tables, ballots (when it has a Ballots table), latest migration and
/// SHA-256, so an operator can record the backup and compare it when restoring.
/// </summary>
internal sealed record BackupSummary(string File, long Bytes, int Tables, long? Ballots, string? Migration, string Sha256)
{
    /// <summary>One JSON object, or a few lines of text led by <paramref name="headline"/>.</summary>
    public void Write(TextWriter stdout, string headline, bool json, double seconds)
    {
        if (json)
        {
            stdout.WriteLine(Json(seconds));
            return;
        }
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(headline);
        stdout.WriteLine(string.Create(c, $"  size:      {Bytes:N0} bytes"));
        stdout.WriteLine(string.Create(c, $"  tables:    {Tables}"));
        if (Ballots is { } ballots)
        {
            stdout.WriteLine(string.Create(c, $"  ballots:   {ballots:N0}"));
        }
        if (Migration is not null)
        {
            stdout.WriteLine($"  migration: {Migration}");
        }
        stdout.WriteLine("  integrity: ok");
        stdout.WriteLine($"  sha256:    {Sha256}");
        stdout.WriteLine(string.Create(c, $"  seconds:   {seconds:0.000}"));
    }

    private string Json(double seconds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("file", File);
            json.WriteNumber("bytes", Bytes);
            json.WriteNumber("tables", Tables);
            if (Ballots is { } ballots)
            {
                json.WriteNumber("ballots", ballots);
            }
            else
            {
                json.WriteNull("ballots");
            }
            json.WriteString("migration", Migration);
            json.WriteString("integrity", "ok");
            json.WriteString("sha256", Sha256);
            json.WriteNumber("seconds", Math.Round(seconds, 6));
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
