using Budgeting.Core.Processes;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Review;

public sealed class IndexModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public Process Process { get; private set; } = null!;

    public Phase Phase { get; private set; }

    public IReadOnlyList<IGrouping<int?, Proposal>> Queue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int processId, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(processId, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        Phase = process.PhaseAt(clock.GetUtcNow().UtcDateTime);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.ProcessId == processId)
            .OrderBy(p => p.Status).ThenBy(p => p.SubmittedAtUtc).ToListAsync(ct);
        Queue = proposals.GroupBy(p => p.DistrictId).OrderBy(g => DistrictName(g.Key), StringComparer.CurrentCultureIgnoreCase).ToList();
        return Page();
    }

    public string DistrictName(int? id) => Process.Districts.FirstOrDefault(d => d.Id == id)?.Name ?? "";
}
