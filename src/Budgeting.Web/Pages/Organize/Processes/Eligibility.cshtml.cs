using System.Globalization;
using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>Who may vote in a process: the eligibility mode, paper double entry, and the census list.</summary>
public sealed class EligibilityModel(
    BudgetingDbContext db,
    CensusRegister census,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    public const int MaxCensusMegabytes = 20;

    [BindProperty]
    public EligibilityMode? Mode { get; set; }

    [BindProperty]
    public bool AllowSameKeyerTwice { get; set; }

    public EligibilitySettings Settings { get; private set; } = null!;

    public TurnoutReport Summary { get; private set; } = null!;

    public CensusImportResult? Imported { get; private set; }

    public override async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }
        (Mode, AllowSameKeyerTwice) = (Settings.Mode, Settings.AllowSameKeyerTwice);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }
        // A missing or unknown mode must change nothing, not fall back to the enum's default (Residents).
        if (Mode is not { } mode || !Enum.IsDefined(mode))
        {
            ModelState.Remove(nameof(Mode));
            ModelState.AddModelError(nameof(Mode), L["Validation.Choose", L["Eligibility.Mode"]]);
            Mode = Settings.Mode;
            return Page();
        }
        var result = Settings.Change(Process, mode, AllowSameKeyerTwice, NowUtc);
        return await SaveAsync(result, AuditActions.EligibilityChanged,
            string.Create(CultureInfo.InvariantCulture, $"mode={mode} sameKeyer={AllowSameKeyerTwice}"), ct);
    }

    public async Task<IActionResult> OnPostCensusAsync(int id, IFormFile? file, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }
        (Mode, AllowSameKeyerTwice) = (Settings.Mode, Settings.AllowSameKeyerTwice);
        if (!Settings.Mode.UsesCensus())
        {
            ModelState.AddModelError("file", L["Census.NotInMode"]);
        }
        else if (Process.PhaseAt(NowUtc) > Core.Processes.Phase.Voting)
        {
            ModelState.AddModelError("file", L["Error." + DomainErrors.RulesFrozen]);
        }
        else if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L["Validation.Required", L["Census.File"]]);
        }
        else if (file.Length > MaxCensusMegabytes * 1024L * 1024)
        {
            ModelState.AddModelError("file", L["Census.TooLarge", MaxCensusMegabytes]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        using var reader = new StreamReader(file!.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Imported = await census.ImportAsync(Process, Settings, reader, ct);
        if (!Imported.Succeeded)
        {
            return Page();
        }
        TempData["StatusMessage"] = L["Census.Imported", Imported.Added, Imported.AlreadyPresent].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>A census problem in the reader's language, with its line number.</summary>
    public string Describe(CensusError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = L["Census.Error." + error.Code, error.Argument ?? ""];
        return error.Line > 0 ? L["Census.OnLine", error.Line, message] : message;
    }

    private async Task<bool> PrepareAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }
        Settings = await Db.EligibilitySettingsForAsync(Process.Id, ct);
        Summary = await Db.TurnoutAsync(Process.Id, ct);
        return true;
    }
}
