using Budgeting.Core.Processes;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Data;

public static class ProcessQueries
{
    /// <summary>The whole process aggregate, tracked, for a change to it.</summary>
    public static Task<Process?> LoadProcessAsync(this BudgetingDbContext db, int id, CancellationToken ct) =>
        db.Processes.AsSplitQuery().Include(p => p.Districts).Include(p => p.Categories)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
}
