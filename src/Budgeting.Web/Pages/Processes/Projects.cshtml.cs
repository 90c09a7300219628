using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Processes;

public sealed class ProjectsModel(BudgetingDbContext db) : PageModel
{
    public Process Process { get; private set; } = null!;

    public IReadOnlyList<IGrouping<int?, Project>> Ballots { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(id, ct);
        if (process is null)
        {
            return NotFound();
        }
        Process = process;
        var projects = await db.Projects.AsNoTracking().Where(p => p.ProcessId == id).OrderBy(p => p.Title).ToListAsync(ct);
        Ballots = projects.GroupBy(p => p.DistrictId)
            .OrderBy(g => DistrictName(g.Key), StringComparer.CurrentCultureIgnoreCase).ToList();
        return Page();
    }

    public string DistrictName(int? id) => Process.Districts.FirstOrDefault(d => d.Id == id)?.Name ?? "";

    public string CategoryName(int id) => Process.Categories.FirstOrDefault(c => c.Id == id)?.Name ?? "";
}
