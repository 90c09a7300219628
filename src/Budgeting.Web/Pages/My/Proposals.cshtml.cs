using System.Security.Claims;
using Budgeting.Core.Proposals;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.My;

public sealed class ProposalsModel(BudgetingDbContext db) : PageModel
{
    public IReadOnlyList<Row> Proposals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.AuthorId == userId)
            .OrderByDescending(p => p.SubmittedAtUtc).ToListAsync(ct);
        var processIds = proposals.Select(p => p.ProcessId).Distinct().ToList();
        var names = await db.Processes.AsNoTracking().Where(p => processIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        Proposals = proposals
            .Select(p => new Row(p.Id, p.Title, names[p.ProcessId], p.Status, p.RulingReason, p.SubmittedAtUtc))
            .ToList();
    }

    public sealed record Row(int Id, string Title, string ProcessName, ProposalStatus Status, string? Reason, DateTime SubmittedAtUtc);
}
