using System.Globalization;
using Budgeting.Core.Auditing;
using Budgeting.Core.Money;
using Budgeting.Core.Projects;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Pages.Proposals;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>Ballot projects of a process; organizers add projects that come from assemblies or paper forms.</summary>
public sealed class ProjectsModel(
    BudgetingDbContext db,
    IValidator<ProposalInput> validator,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : ProcessPageModel(db, audit, clock, l)
{
    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public IReadOnlyList<Project> Projects { get; private set; } = [];

    public override async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadWithProjectsAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadWithProjectsAsync(id, ct))
        {
            return NotFound();
        }
        Input.Currency = Currency.Find(Process.CurrencyCode)!;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }
        var draft = Input.ToDraft(CultureInfo.CurrentCulture);
        var (project, result) = Project.Add(Process, draft, NowUtc);
        if (project is not null)
        {
            Db.Projects.Add(project);
        }
        return await SaveAsync(result, AuditActions.ProjectAdded,
            string.Create(CultureInfo.InvariantCulture, $"{draft.Title}: {draft.EstimatedCost}"), ct);
    }

    private async Task<bool> LoadWithProjectsAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }
        ViewData["Process"] = Process;
        ViewData["WithPhoto"] = false;
        Projects = await Db.Projects.AsNoTracking().Where(p => p.ProcessId == id)
            .OrderBy(p => p.DistrictId).ThenBy(p => p.Title).ToListAsync(ct);
        return true;
    }
}
