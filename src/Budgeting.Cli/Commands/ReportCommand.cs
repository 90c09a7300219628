using System.Globalization;
using Budgeting.Reports.Results;
using Budgeting.Reports.Rendering;
using Budgeting.Tallying;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>report FILE.pb --rule RULE --out report.pdf</c>: tallies the file and renders the public results report. The date
/// printed (and stamped in the PDF) is <c>--date</c>, else the file's META <c>date_end</c>; a file with neither is
/// refused rather than dated by the clock, so the same file always gives the same bytes.
/// </summary>
internal static class ReportCommand
{
    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly("--rule", "--out", "--lang", "--date", "--verify-url", "--data", "--tie-breaking");
        if (options.Positional.Count != 1)
        {
            throw new UsageException("report needs exactly one FILE.pb");
        }
        var path = options.Positional[0];
        var output = options.Get("--out") ?? throw new UsageException("missing --out report.pdf");
        var rule = Files.Rule(options.Get("--rule"));
        var tieBreaking = Files.TieBreaking(options.Get("--tie-breaking"));
        var (culture, text, wording) = Language(options.Get("--lang"));
        var dateOption = Date(options.Get("--date"));
        var election = Files.Read(path);
        var date = dateOption ?? PabulibReport.EndDate(election)
            ?? throw new UsageException($"{path} has no full date_end in META; give the result date with --date YYYY-MM-DD");

        var result = RuleCatalog.Tally(election, rule, tieBreaking);
        var canonical = PabulibReport.Canonical(election, result);
        var hash = canonical.Sha256();
        var report = PabulibReport.Build(
            election, result, Path.GetFileName(path), date, culture, text, wording, hash, options.Get("--verify-url") ?? Path.GetFileName(path));
        var document = ResultsReportLayout.Build(report);
        Write(output, PdfRenderer.Render(document));
        if (options.Get("--data") is { } data)
        {
            Write(data, canonical.ToUtf8Json());
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output}: {document.Pages.Count} pages, {result.Selected.Count} of {election.Projects.Count} projects funded, sha256 {hash}"));
        return Cli.Ok;
    }

    private static (CultureInfo, ResultsReportText, ReportWording) Language(string? lang) => lang switch
    {
        null or "es" => (new CultureInfo("es-MX"), ResultsReportText.Spanish, ReportWording.Spanish),
        "en" => (new CultureInfo("en-US"), ResultsReportText.English, ReportWording.English),
        _ => throw new UsageException($"unknown language '{lang}' (es or en)"),
    };

    private static DateTimeOffset? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }
        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : throw new UsageException($"--date needs YYYY-MM-DD, not '{text}'");
    }

    private static void Write(string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }
}
