using System.Globalization;
using System.Security.Claims;
using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Processes;
using Budgeting.Core.Results;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>After the close: tally with a chosen rule (a new snapshot each time, with the reason), preview, publish one.</summary>
public sealed class ResultsModel(
    BudgetingDbContext db,
    ResultTallies tallies,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    public const int MaxReasonLength = 1000;

    [BindProperty]
    public string? Rule { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public BallotType BallotType { get; private set; }

    public IReadOnlyList<string> Rules { get; private set; } = [];

    public IReadOnlyList<ResultSnapshot> Snapshots { get; private set; } = [];

    public PublishedResult? Preview { get; private set; }

    public Phase Phase => Process.PhaseAt(NowUtc);

    public override async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }
        Rule = ProcessTally.DefaultRule(BallotType);
        return Page();
    }

    public async Task<IActionResult> OnPostTallyAsync(int id, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }
        var reason = Reason?.Trim() ?? "";
        if (Phase != Phase.Closed)
        {
            ModelState.AddModelError(string.Empty, L[Phase == Phase.Published ? "Error." + DomainErrors.AlreadyPublished : "Error." + DomainErrors.NotClosed]);
        }
        if (Rule is null || !Rules.Contains(Rule))
        {
            ModelState.AddModelError(nameof(Rule), L["Validation.Choose", L["Results.Rule"]]);
        }
        if (Snapshots.Count > 0 && reason.Length == 0)
        {
            ModelState.AddModelError(nameof(Reason), L["Results.ReasonRequired"]);
        }
        if (reason.Length > MaxReasonLength)
        {
            ModelState.AddModelError(nameof(Reason), L["Validation.TooLong", L["Results.Reason"], MaxReasonLength]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var snapshot = await tallies.TallyAsync(Process, Rule!, reason, User.FindFirstValue(ClaimTypes.NameIdentifier)!, L["Proposal.CityWide"], ct);
        TempData["StatusMessage"] = L["Results.Tallied", snapshot.Sha256].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, long snapshotId, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }
        var snapshot = await Db.ResultSnapshots.SingleOrDefaultAsync(s => s.Id == snapshotId && s.ProcessId == id, ct);
        if (snapshot is null)
        {
            return NotFound();
        }
        return await SaveAsync(Process.Publish(snapshot, NowUtc), AuditActions.ResultPublished,
            string.Create(CultureInfo.InvariantCulture, $"snapshot={snapshot.Id} sha256={snapshot.Sha256}"), ct);
    }

    /// <summary>The rule's family in the reader's language, with its identifier.</summary>
    public string RuleName(string rule) => $"{L["Rule.Family." + RuleWords.Family(rule)]} · {rule}";

    private async Task<bool> PrepareAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }
        var settings = await Db.BallotSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProcessId == id, ct);
        BallotType = (settings ?? BallotSettings.For(Process)).Rules.Type;
        Rules = ProcessTally.RulesFor(BallotType);
        Snapshots = await Db.ResultSnapshots.AsNoTracking().Where(s => s.ProcessId == id).OrderByDescending(s => s.Id).ToListAsync(ct);
        Preview = Snapshots.Count > 0 ? Snapshots[0].Result() : null;
        return true;
    }
}
