using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Processes;

/// <summary>The published result of a process, read from its published snapshot; before publication, nothing but that it is not out yet.</summary>
public sealed class ResultsModel(BudgetingDbContext db) : PageModel
{
    public Process Process { get; private set; } = null!;

    public ResultSnapshot? Snapshot { get; private set; }

    public PublishedResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        Snapshot = await db.ResultSnapshots.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProcessId == id && s.PublishedAtUtc != null, ct);
        Result = Snapshot?.Result();
        return Page();
    }

    /// <summary>Whole percent of a box's budget a project takes, rounded to the nearest.</summary>
    public static long Share(long cost, long budget) => budget == 0 ? 0 : (cost * 100 + budget / 2) / budget;
}
