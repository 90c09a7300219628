using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Organize.Processes;

public sealed class IndexModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(int Id, string Name, Phase Phase)> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var processes = await db.Processes.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        Processes = processes.Select(p => (p.Id, p.Name, p.PhaseAt(now))).ToList();
    }
}
