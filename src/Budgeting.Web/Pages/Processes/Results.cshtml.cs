using System.Globalization;
using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Reports.Rendering;
using Budgeting.Reports.Results;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Processes;

/// <summary>
/// The published result of a process, read from its published snapshot, with the same numbers as its PDF report and
/// open data; before publication, nothing but that it is not out yet.
/// </summary>
public sealed class ResultsModel(BudgetingDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public Process Process { get; private set; } = null!;

    public ResultSnapshot? Snapshot { get; private set; }

    public PublishedResult? Result { get; private set; }

    public TurnoutReport Turnout { get; private set; } = null!;

    /// <summary>Other rules' selections, rule → box key → project ids; the published rule included.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, List<string>>> Compared { get; private set; } =
        new Dictionary<string, Dictionary<string, List<string>>>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Snapshot is null)
        {
            return NotFound();
        }
        var verification = $"{Request.Scheme}://{Request.Host}/processes/{id}/receipts";
        var report = ResultsReportBuilder.Build(Process, Snapshot, Turnout, verification, l, CultureInfo.CurrentCulture);
        var pdf = PdfRenderer.Render(ResultsReportLayout.Build(report));
        return File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture,
            $"resultados-{id}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.pdf"));
    }

    /// <summary>Whole percent of a box's budget a project takes, rounded to the nearest.</summary>
    public static long Share(long cost, long budget) => budget == 0 ? 0 : (cost * 100 + budget / 2) / budget;

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        if (process is null)
        {
            return false;
        }
        Process = process;
        Snapshot = await db.ResultSnapshots.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProcessId == id && s.PublishedAtUtc != null, ct);
        Result = Snapshot?.Result();
        Compared = Snapshot?.ComparedRules() ?? Compared;
        Turnout = Snapshot is null ? new TurnoutReport([], 0, 0, new Dictionary<int, (int, int)>(), new Dictionary<int, int>())
            : await db.TurnoutAsync(id, ct);
        return true;
    }
}
