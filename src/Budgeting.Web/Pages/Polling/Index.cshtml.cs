using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Polling;

/// <summary>
/// A polling station's page: check in a voter who takes a paper ballot (by census identifier or voting code), and
/// go on to key in paper ballots.
/// </summary>
public sealed class IndexModel(BudgetingDbContext db, PaperVoters paperVoters, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Identifier { get; set; }

    public Process Process { get; private set; } = null!;

    public EligibilitySettings Settings { get; private set; } = null!;

    public Phase Phase => Process.PhaseAt(clock.GetUtcNow().UtcDateTime);

    public string? Message { get; private set; }

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(int processId, CancellationToken ct) =>
        await LoadAsync(processId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVoterAsync(int processId, CancellationToken ct)
    {
        if (!await LoadAsync(processId, ct))
        {
            return NotFound();
        }
        if (Phase != Phase.Voting || !(Settings.Mode.UsesCensus() || Settings.Mode.UsesCodes()))
        {
            (Message, Refused) = (l[Phase != Phase.Voting ? "BallotError.VotingClosed" : "Polling.NoRegister"], true);
            return Page();
        }
        var check = await paperVoters.RegisterAsync(Process, Settings, Identifier, ct);
        var district = Process.Districts.FirstOrDefault(d => d.Id == check.DistrictId)?.Name ?? "";
        Refused = check.Outcome != PaperVoterOutcome.Registered;
        Message = check.Outcome == PaperVoterOutcome.AlreadyVoted && check.VotedBy is { } channel
            ? l["Polling.AlreadyVotedBy", l["Channel." + channel]]
            : l["Polling.Voter." + check.Outcome, district];
        Identifier = null;
        return Page();
    }

    private async Task<bool> LoadAsync(int processId, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(processId, ct);
        if (process is null)
        {
            return false;
        }
        Process = process;
        Settings = await db.EligibilitySettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProcessId == processId, ct)
            ?? EligibilitySettings.For(processId);
        return true;
    }
}
