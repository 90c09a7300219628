using System.Globalization;
using System.IO.Compression;
using System.Text;
using Budgeting.Core.Results;
using Budgeting.Web.Infrastructure;

namespace Budgeting.Web.Results;

/// <summary>
/// The open data of a published snapshot, file by file, in the folder layout <c>budgeting verify</c> reads:
/// <c>result.json</c> (the canonical bytes the SHA-256 is taken over), <c>result.sha256</c>, one Pabulib file per box
/// (<c>12-3.pb</c> for box 12/3) with the anonymised ballots, and <c>projects.csv</c> for spreadsheets.
/// </summary>
public static class OpenDataFiles
{
    public const string Result = "result.json";
    public const string Hash = "result.sha256";
    public const string Projects = "projects.csv";
    public const string Zip = "open-data.zip";

    public static string PabulibName(string boxKey) => boxKey.Replace('/', '-') + ".pb";

    /// <summary>Every file by name, in the order they are listed.</summary>
    public static IReadOnlyList<(string Name, string ContentType, byte[] Bytes)> All(ResultSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var utf8 = new UTF8Encoding(false);
        var files = new List<(string, string, byte[])>
        {
            (Result, "application/json", utf8.GetBytes(snapshot.Canonical)),
            (Hash, "text/plain", utf8.GetBytes(snapshot.Sha256 + "\n")),
            (Projects, "text/csv", utf8.GetBytes(ProjectsCsv(snapshot.Result()))),
        };
        files.AddRange(snapshot.Inputs.OrderBy(i => i.BoxKey, StringComparer.Ordinal)
            .Select(i => (PabulibName(i.BoxKey), "text/plain", utf8.GetBytes(i.Pabulib))));
        return files;
    }

    public static byte[] ZipOf(ResultSnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, _, bytes) in All(snapshot))
            {
                // A fixed time keeps the archive's bytes the same at every download.
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    private static string ProjectsCsv(PublishedResult result)
    {
        var csv = new StringBuilder("box,district,project_id,title,cost_minor_units,votes,funded,reason\n");
        foreach (var box in result.Boxes)
        {
            foreach (var p in box.Projects)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{box.BoxKey},{CsvText.Field(box.Name)},{CsvText.Field(p.Id)},{CsvText.Field(p.Title)},{p.Cost},{p.Votes},")
                    .Append(p.Funded ? "yes" : "no").Append(',').Append(p.Reason?.ToString() ?? "").Append('\n');
            }
        }
        return csv.ToString();
    }
}
