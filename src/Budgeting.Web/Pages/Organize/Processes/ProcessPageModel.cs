using Budgeting.Core;
using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Budgeting.Web.Pages.Organize.Processes;

/// <summary>
/// An organizer page about one process: loads the aggregate, and saves a domain change together with its audit entry
/// or shows the domain's refusal on the page.
/// </summary>
public abstract class ProcessPageModel(
    BudgetingDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Process Process { get; private set; } = null!;

    public bool Frozen { get; private set; }

    protected IStringLocalizer<SharedResource> L => l;

    protected BudgetingDbContext Db => db;

    protected AuditLog Audit => audit;

    protected DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public virtual async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        if (process is null)
        {
            return false;
        }
        Process = process;
        Frozen = process.AreRulesFrozen(NowUtc);
        return true;
    }

    protected async Task<IActionResult> SaveAsync(DomainResult result, string action, string details, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, l["Error." + result.Error]);
            return Page();
        }
        audit.Record(action, Process.Id, details);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["Organize.Saved"].Value;
        return RedirectToPage(new { id = Process.Id });
    }
}
