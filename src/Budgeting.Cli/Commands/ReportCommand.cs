using System.Globalization;
using System.Text;
using Budgeting.Core.Results;
using Budgeting.Reports.Rendering;
using Budgeting.Reports.Results;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>report FILE.pb --rule RULE --out report.pdf</c>: tallies the file and renders the public results report. The date
/// printed (and stamped in the PDF) is <c>--date</c>, else the file's META <c>date_end</c>; a file with neither is
/// refused rather than dated by the clock, so the same file always gives the same bytes. The hash printed is that of the
/// file's canonical result data (<see cref="PabulibBox"/>), which <c>--data</c> writes as a <c>result.json</c> that
/// <c>verify</c> checks. Ties are broken by project id, the tie-breaking the canonical data records.
/// </summary>
internal static class ReportCommand
{
    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly("--rule", "--out", "--lang", "--date", "--verify-url", "--data");
        if (options.Positional.Count != 1)
        {
            throw new UsageException("report needs exactly one FILE.pb");
        }
        var path = options.Positional[0];
        var output = options.Get("--out") ?? throw new UsageException("missing --out report.pdf");
        var rule = Files.Rule(options.Get("--rule"));
        var (culture, text, wording) = Language(options.Get("--lang"));
        var dateOption = Date(options.Get("--date"));
        var (election, pabulib) = Files.ReadWithText(path);
        var date = dateOption ?? PabulibReport.EndDate(election)
            ?? throw new UsageException($"{path} has no full date_end in META; give the result date with --date YYYY-MM-DD");

        var box = PabulibBox.Tally(path, election, pabulib, rule);
        var canonical = box.Canonical(rule);
        var hash = CanonicalResult.Hash(canonical);
        var report = PabulibReport.Build(
            election, box, rule, Path.GetFileName(path), date, culture, text, wording, hash, options.Get("--verify-url") ?? Path.GetFileName(path));
        var document = ResultsReportLayout.Build(report);
        Write(output, PdfRenderer.Render(document));
        if (options.Get("--data") is { } data)
        {
            Write(data, Encoding.UTF8.GetBytes(canonical));
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output}: {document.Pages.Count} pages, {box.Outcome.Projects.Count(p => p.Funded)} of {box.Outcome.Projects.Count} projects funded, sha256 {hash}"));
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
