using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>Live turnout per district and channel while voting runs; how many voted, never for what.</summary>
public sealed class TurnoutModel(
    BudgetingDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    public TurnoutReport Report { get; private set; } = null!;

    /// <summary>Whether voting is running, so the page refreshes itself.</summary>
    public bool Live => Process.PhaseAt(NowUtc) == Core.Processes.Phase.Voting;

    public override async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Report = await Db.TurnoutAsync(id, ct);
        return Page();
    }

    /// <summary>The district or city-wide name of a box key.</summary>
    public string BoxName(string boxKey)
    {
        ArgumentNullException.ThrowIfNull(boxKey);
        return BallotBoxKey.DistrictOf(boxKey) is { } districtId
            ? Process.Districts.FirstOrDefault(d => d.Id == districtId)?.Name ?? boxKey
            : L["Proposal.CityWide"];
    }
}
