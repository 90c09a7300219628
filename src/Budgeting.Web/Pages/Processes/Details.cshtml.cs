using System.Security.Claims;
using Budgeting.Core.Processes;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Processes;

public sealed class DetailsModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public Process Process { get; private set; } = null!;

    public Phase Phase { get; private set; }

    /// <summary>The signed-in resident's district in this process, whose ballot they vote on.</summary>
    public int? HomeDistrictId { get; private set; }

    public EligibilityMode Mode { get; private set; }

    /// <summary>Whether the signed-in resident must match their account to the census before voting.</summary>
    public bool NeedsCensusMatch { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var process = await db.ReadProcessAsync(id, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        Phase = process.PhaseAt(clock.GetUtcNow().UtcDateTime);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        HomeDistrictId = userId is null ? null : await db.Residencies.AsNoTracking()
            .Where(r => r.AccountId == userId && r.ProcessId == id).Select(r => (int?)r.DistrictId).SingleOrDefaultAsync(ct);
        Mode = await VoterResolver.ModeAsync(db, id, ct);
        NeedsCensusMatch = userId is not null && Mode.UsesCensus()
            && !await db.CensusEntries.AnyAsync(e => e.ProcessId == id && e.AccountId == userId, ct);
        return Page();
    }
}
