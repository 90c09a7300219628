using Budgeting.Core.Processes;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Data;

public static class ProcessQueries
{
    /// <summary>The whole process aggregate, tracked, for a change to it.</summary>
    public static Task<Process?> LoadProcessAsync(this BudgetingDbContext db, int id, CancellationToken ct) =>
        db.Processes.AsSplitQuery().Include(p => p.Districts).Include(p => p.Categories)
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The whole process aggregate, untracked, to read and to share between requests.</summary>
    public static Task<Process?> ReadProcessAsync(this BudgetingDbContext db, int id, CancellationToken ct) =>
        db.Processes.AsNoTracking().AsSplitQuery().Include(p => p.Districts).Include(p => p.Categories)
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Whether proposals, projects or residents point at the district, which then cannot be removed.</summary>
    public static async Task<bool> IsDistrictInUseAsync(this BudgetingDbContext db, int districtId, CancellationToken ct) =>
        await db.Proposals.AnyAsync(p => p.DistrictId == districtId, ct)
        || await db.Projects.AnyAsync(p => p.DistrictId == districtId, ct)
        || await db.Residencies.AnyAsync(r => r.DistrictId == districtId, ct);

    public static async Task<bool> IsCategoryInUseAsync(this BudgetingDbContext db, int categoryId, CancellationToken ct) =>
        await db.Proposals.AnyAsync(p => p.CategoryId == categoryId, ct)
        || await db.Projects.AnyAsync(p => p.CategoryId == categoryId, ct);
}
