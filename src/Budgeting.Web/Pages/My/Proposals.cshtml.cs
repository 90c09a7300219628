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
        Proposals = await db.Proposals.AsNoTracking().Where(p => p.AuthorId == userId)
            .Join(db.Processes, p => p.ProcessId, process => process.Id,
                (p, process) => new Row(p.Id, p.Title, process.Name, p.Status, p.RulingReason, p.SubmittedAtUtc))
            .OrderByDescending(r => r.SubmittedAtUtc).ToListAsync(ct);
    }

    public sealed record Row(int Id, string Title, string ProcessName, ProposalStatus Status, string? Reason, DateTime SubmittedAtUtc);
}
