using Budgeting.Core.Processes;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages;

public sealed class IndexModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ProcessRow> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var processes = await db.Processes.AsNoTracking().Include(p => p.Districts)
            .OrderByDescending(p => p.Schedule.VotingOpenUtc).ToListAsync(ct);
        Processes = processes
            .Select(p => new ProcessRow(p.Id, p.Name, p.PhaseAt(now), p.Districts.Count))
            .ToList();
    }

    public sealed record ProcessRow(int Id, string Name, Phase Phase, int DistrictCount);
}
