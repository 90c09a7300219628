using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Web.Data;
using Budgeting.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Processes;

/// <summary>The published result's open data: the list of files, each file, and all of them in one zip. Nothing before publication.</summary>
public sealed class OpenDataModel(BudgetingDbContext db) : PageModel
{
    public Process Process { get; private set; } = null!;

    public ResultSnapshot? Snapshot { get; private set; }

    public IReadOnlyList<(string Name, string ContentType, byte[] Bytes)> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? file, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        Snapshot = await db.ResultSnapshots.AsNoTracking().Include(s => s.Inputs)
            .SingleOrDefaultAsync(s => s.ProcessId == id && s.PublishedAtUtc != null, ct);
        if (file is null)
        {
            Files = Snapshot is null ? [] : OpenDataFiles.All(Snapshot);
            return Page();
        }
        if (Snapshot is null)
        {
            return NotFound();
        }
        if (file == OpenDataFiles.Zip)
        {
            return File(OpenDataFiles.ZipOf(Snapshot), "application/zip", $"resultados-{id}.zip");
        }
        var found = OpenDataFiles.All(Snapshot).Where(f => f.Name == file).ToList();
        return found is [var one] ? File(one.Bytes, one.ContentType + "; charset=utf-8", one.Name) : NotFound();
    }
}
