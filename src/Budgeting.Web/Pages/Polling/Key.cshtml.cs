using System.Globalization;
using System.Security.Claims;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Pages.Vote;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Polling;

/// <summary>
/// Keys in one paper ballot, as read: its station and folio, whether it is valid, blank or spoiled, and its marks, in
/// the ballot's printed order. The same rules as online ballots apply. With <see cref="Resolve"/>, a supervisor keys
/// the reading that settles a disputed ballot.
/// </summary>
public sealed class KeyModel(BudgetingDbContext db, PaperKeying keying, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxFolio = 9_999_999;

    [BindProperty(SupportsGet = true)]
    public string? Box { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Station { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Folio { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Resolve { get; set; }

    [BindProperty]
    public PaperBallotKind? Kind { get; set; }

    [BindProperty]
    public BallotForm Form { get; set; } = new();

    public LoadedBox Loaded { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The projects as printed on the paper ballot: by title.</summary>
    public IReadOnlyList<Core.Projects.Project> Printed => Loaded.Projects.Values
        .OrderBy(p => p.Title, StringComparer.Create(CultureInfo.CurrentCulture, true)).ThenBy(p => p.Id).ToList();

    public async Task<IActionResult> OnGetAsync(int processId, CancellationToken ct) => await LoadAsync(processId, ct) switch
    {
        null => NotFound(),
        false => Forbid(),
        true => Page(),
    };

    public async Task<IActionResult> OnPostAsync(int processId, CancellationToken ct)
    {
        switch (await LoadAsync(processId, ct))
        {
            case null:
                return NotFound();
            case false:
                return Forbid();
        }
        var errors = new List<string>();
        var phase = Loaded.Process.PhaseAt(clock.GetUtcNow().UtcDateTime);
        if (phase is not (Phase.Voting or Phase.Closed))
        {
            errors.Add(l[phase < Phase.Voting ? "BallotError.VotingNotOpen" : "Polling.Published"]);
        }
        var station = Station?.Trim() ?? "";
        if (station.Length == 0)
        {
            errors.Add(l["Validation.Required", l["Polling.Station"]]);
        }
        else if (station.Length > PaperBallot.MaxStationLength)
        {
            errors.Add(l["Validation.TooLong", l["Polling.Station"], PaperBallot.MaxStationLength]);
        }
        if (!int.TryParse(Folio, NumberStyles.None, CultureInfo.InvariantCulture, out var folio) || folio is < 1 or > MaxFolio)
        {
            errors.Add(l["Polling.FolioRange", MaxFolio.ToString("N0", CultureInfo.CurrentCulture)]);
        }
        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(l["Validation.Choose", l["Polling.Kind"]]);
            kind = PaperBallotKind.Spoiled;
        }
        CanonicalBallot? ballot = null;
        if (kind == PaperBallotKind.Valid)
        {
            var check = Loaded.Rules.CheckContent(Form.ToChoices(Loaded.Rules.Type), Loaded.Box);
            errors.AddRange(check.Errors.Select(e => BallotErrorText.Format(l, e, Loaded.Process.CurrencyCode)));
            if (!check.Accepted)
            {
                errors.Add(l["Polling.KeyAsSpoiled"]);
            }
            ballot = check.Ballot;
        }
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }
        var reading = new PaperReading(Loaded.Id.Key, kind, ballot?.ToString() ?? "");
        var who = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var result = Resolve
            ? await keying.ResolveAsync(processId, station, folio, reading, ballot, who, ct)
            : await keying.KeyAsync(processId, station, folio, reading, ballot, who, await AllowSameKeyerAsync(processId, ct), ct);
        if (result.Outcome == PaperKeyOutcome.Refused)
        {
            Errors = [l["Error." + result.Error]];
            return Page();
        }
        TempData["StatusMessage"] = l["Polling.Outcome." + result.Outcome, station, folio].Value;
        return Resolve
            ? RedirectToPage("Disputes", new { processId })
            : RedirectToPage(new { processId, box = Loaded.RouteValue, station, folio = (string?)null });
    }

    /// <summary>The box, or null when there is none; false when a poll worker asks to settle a dispute.</summary>
    private async Task<bool?> LoadAsync(int processId, CancellationToken ct)
    {
        if (await LoadedBox.LoadAsync(db, processId, Box, ct) is not { } loaded)
        {
            return null;
        }
        Loaded = loaded;
        return !Resolve || User.IsInRole(Roles.Organizer) || User.IsInRole(Roles.Admin);
    }

    private async Task<bool> AllowSameKeyerAsync(int processId, CancellationToken ct) =>
        await db.EligibilitySettings.AsNoTracking().Where(s => s.ProcessId == processId)
            .Select(s => s.AllowSameKeyerTwice).SingleOrDefaultAsync(ct);
}
