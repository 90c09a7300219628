using System.Globalization;
using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>The ballot design of a process: its type and limits, for every district ballot and the city-wide one.</summary>
public sealed class BallotModel(
    BudgetingDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = InputModel.From((await SettingsAsync(ct)).Design);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await SettingsAsync(ct);
        var errors = settings.Change(Process, Input.ToDesign(), NowUtc);
        foreach (var error in errors)
        {
            var key = error.Field is null ? string.Empty : $"{nameof(Input)}.{InputModel.FieldFor(error.Field)}";
            var message = error.Code == DomainErrors.RulesFrozen
                ? L["Error." + error.Code]
                : L["BallotError." + error.Code, error.Arguments.Cast<object>().ToArray()];
            ModelState.AddModelError(key, message);
        }
        if (errors.Count > 0)
        {
            return Page();
        }
        return await SaveAsync(DomainResult.Ok, AuditActions.BallotDesigned, Describe(settings.Design), ct);
    }

    private async Task<BallotSettings> SettingsAsync(CancellationToken ct)
    {
        var settings = await Db.BallotSettings.SingleOrDefaultAsync(s => s.ProcessId == Process.Id, ct);
        if (settings is null)
        {
            settings = BallotSettings.For(Process);
            Db.BallotSettings.Add(settings);
        }
        return settings;
    }

    private static string Describe(BallotDesign d) => string.Create(CultureInfo.InvariantCulture,
        $"{d.Type} min={d.MinProjects} max={d.MaxProjects} share={d.MinShareBasisPoints} points={d.TotalPoints} cap={d.MaxPointsPerProject} all={d.MustUseAllPoints} k={d.Ranks} fewer={d.AllowFewerRanks}");

    public sealed class InputModel
    {
        public BallotType Type { get; set; } = BallotType.Approval;

        public int? MinProjects { get; set; }

        public int? MaxProjects { get; set; }

        /// <summary>Whole percent; stored as basis points.</summary>
        public int? MinSharePercent { get; set; }

        public int? TotalPoints { get; set; }

        public int? MaxPointsPerProject { get; set; }

        public bool MustUseAllPoints { get; set; }

        public int? Ranks { get; set; }

        public bool AllowFewerRanks { get; set; }

        /// <summary>The number fields, by name, in the order the form shows them.</summary>
        public IEnumerable<(string Name, int? Value)> Limits =>
        [
            (nameof(MinProjects), MinProjects), (nameof(MaxProjects), MaxProjects), (nameof(MinSharePercent), MinSharePercent),
            (nameof(TotalPoints), TotalPoints), (nameof(MaxPointsPerProject), MaxPointsPerProject), (nameof(Ranks), Ranks),
        ];

        public static InputModel From(BallotDesign d) => new()
        {
            Type = d.Type,
            MinProjects = d.MinProjects,
            MaxProjects = d.MaxProjects,
            MinSharePercent = d.MinShareBasisPoints / 100,
            TotalPoints = d.TotalPoints,
            MaxPointsPerProject = d.MaxPointsPerProject,
            MustUseAllPoints = d.MustUseAllPoints,
            Ranks = d.Ranks,
            AllowFewerRanks = d.AllowFewerRanks,
        };

        public static string FieldFor(string designField) =>
            designField == nameof(BallotDesign.MinShareBasisPoints) ? nameof(MinSharePercent) : designField;

        public BallotDesign ToDesign() => new(
            Type, MinProjects, MaxProjects, MinSharePercent is { } percent ? checked(percent * 100) : null,
            TotalPoints, MaxPointsPerProject, MustUseAllPoints, Ranks, AllowFewerRanks);
    }
}
