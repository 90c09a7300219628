using System.Security.Claims;
using Budgeting.Core.Processes;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Proposals;

public sealed class DetailsModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public Proposal Proposal { get; private set; } = null!;

    public Process Process { get; private set; } = null!;

    public string? MergedIntoTitle { get; private set; }

    public bool CanEdit { get; private set; }

    public string BallotName => Process.Districts.FirstOrDefault(d => d.Id == Proposal.DistrictId)?.Name ?? "";

    public string CategoryName => Process.Categories.FirstOrDefault(c => c.Id == Proposal.CategoryId)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return NotFound();
        }
        Proposal = proposal;
        Process = (await db.LoadProcessAsync(proposal.ProcessId, ct))!;
        if (proposal.MergedIntoId is { } keptId)
        {
            MergedIntoTitle = await db.Proposals.Where(p => p.Id == keptId).Select(p => p.Title).SingleAsync(ct);
        }
        CanEdit = proposal.CanBeEditedBy(User.FindFirstValue(ClaimTypes.NameIdentifier), Process, clock.GetUtcNow().UtcDateTime);
        return Page();
    }
}
