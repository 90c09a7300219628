using System.Globalization;
using Budgeting.Core.Auditing;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class EditModel(
    BudgetingDbContext db,
    IValidator<ProcessInput> validator,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ProcessInput Input { get; set; } = new();

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        if (process is null)
        {
            return NotFound();
        }
        Id = id;
        Input = ProcessInput.From(process);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        if (process is null)
        {
            return NotFound();
        }
        Id = id;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var before = ProcessChanges.Of(process);
        var phaseBefore = process.PhaseAt(now);
        var result = process.Update(Input.ToDetails(CultureInfo.CurrentCulture), now);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, l["Error." + result.Error]);
            return Page();
        }
        audit.Record(AuditActions.ProcessUpdated, id, ProcessChanges.Describe(before, ProcessChanges.Of(process)));
        var phaseAfter = process.PhaseAt(now);
        if (phaseAfter != phaseBefore)
        {
            audit.Record(AuditActions.PhaseOverridden, id, $"{phaseBefore} -> {phaseAfter} (dates edited)");
        }
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["Organize.Saved"].Value;
        return RedirectToPage(new { id });
    }
}
