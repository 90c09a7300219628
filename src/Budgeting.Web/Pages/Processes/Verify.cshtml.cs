using System.Security.Claims;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Processes;

/// <summary>"Verify me": a signed-in resident matches their account to their census entry, once, to vote online.</summary>
public sealed class VerifyModel(BudgetingDbContext db, CensusRegister census, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Identifier { get; set; }

    public Process Process { get; private set; } = null!;

    public EligibilitySettings Settings { get; private set; } = null!;

    /// <summary>The district the account is matched to in this process's census, if it is.</summary>
    public string? MatchedDistrict { get; private set; }

    public string? Error { get; private set; }

    public bool Open => Process.PhaseAt(clock.GetUtcNow().UtcDateTime) <= Phase.Voting;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (MatchedDistrict is not null || !Open)
        {
            return Page();
        }
        var match = await census.MatchAsync(id, Settings, User.FindFirstValue(ClaimTypes.NameIdentifier)!, Identifier, ct);
        if (match.Outcome != CensusMatchOutcome.Matched)
        {
            Error = l["Census.Outcome." + match.Outcome];
            if (match.Outcome == CensusMatchOutcome.TooManyAttempts)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
            }
            return Page();
        }
        TempData["StatusMessage"] = l["Census.Outcome.Matched", Process.Districts.First(d => d.Id == match.DistrictId).Name].Value;
        return RedirectToPage("/Processes/Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        var settings = await db.EligibilitySettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProcessId == id, ct);
        if (process is null || settings is null || !settings.Mode.UsesCensus())
        {
            return false;
        }
        (Process, Settings) = (process, settings);
        var accountId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var districtId = await db.CensusEntries.AsNoTracking().Where(e => e.ProcessId == id && e.AccountId == accountId)
            .Select(e => (int?)e.DistrictId).SingleOrDefaultAsync(ct);
        MatchedDistrict = districtId is { } d ? process.Districts.FirstOrDefault(x => x.Id == d)?.Name : null;
        return true;
    }
}
