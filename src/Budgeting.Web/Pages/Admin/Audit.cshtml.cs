using Budgeting.Core.Auditing;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Admin;

public sealed class AuditModel(BudgetingDbContext db) : PageModel
{
    private const int PageSize = 200;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Processes { get; private set; } = [];

    public int? ProcessId { get; private set; }

    public async Task OnGetAsync(int? processId, CancellationToken ct)
    {
        ProcessId = processId;
        var query = db.AuditEntries.AsNoTracking();
        if (processId is not null)
        {
            query = query.Where(e => e.ProcessId == processId);
        }
        Entries = await query.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(ct);
        var processes = await db.Processes.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        Processes = processes.Select(p => (p.Id, p.Name)).ToList();
    }
}
