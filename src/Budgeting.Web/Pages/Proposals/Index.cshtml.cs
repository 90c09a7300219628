using Budgeting.Core.Processes;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Proposals;

public sealed class IndexModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public Process Process { get; private set; } = null!;

    public Phase Phase { get; private set; }

    public IReadOnlyList<Row> Proposals { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProposalStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(int processId, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(processId, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        Phase = process.PhaseAt(clock.GetUtcNow().UtcDateTime);
        var query = db.Proposals.AsNoTracking().Where(p => p.ProcessId == processId);
        if (District is { } districtId)
        {
            query = query.Where(p => p.DistrictId == districtId);
        }
        if (Category is { } categoryId)
        {
            query = query.Where(p => p.CategoryId == categoryId);
        }
        if (Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }
        Proposals = await query.OrderBy(p => p.Title)
            .Select(p => new Row(p.Id, p.Title, p.DistrictId, p.CategoryId, p.Status, p.FinalCost ?? p.EstimatedCost))
            .ToListAsync(ct);
        return Page();
    }

    public string DistrictName(int? id) => Process.Districts.FirstOrDefault(d => d.Id == id)?.Name ?? "";

    public string CategoryName(int id) => Process.Categories.FirstOrDefault(c => c.Id == id)?.Name ?? "";

    public sealed record Row(int Id, string Title, int? DistrictId, int CategoryId, ProposalStatus Status, long Cost);
}
