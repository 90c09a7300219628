using System.Globalization;
using Budgeting.Core.Auditing;
using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class CreateModel(
    BudgetingDbContext db,
    IValidator<ProcessInput> validator,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ProcessInput Input { get; set; } = new();

    public void OnGet()
    {
        var today = ProcessTime.ToLocal(clock.GetUtcNow().UtcDateTime, Input.TimeZoneId!).Date;
        Input.ProposalsOpen = today.AddDays(7);
        Input.ReviewOpen = today.AddDays(37);
        Input.VotingOpen = today.AddDays(60);
        Input.VotingClose = today.AddDays(74);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }
        var process = Process.Create(Input.ToDetails(CultureInfo.CurrentCulture));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Processes.Add(process);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditActions.ProcessCreated, process.Id, process.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["StatusMessage"] = l["Organize.ProcessCreated", process.Name].Value;
        return RedirectToPage("Districts", new { id = process.Id });
    }
}
