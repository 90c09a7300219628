using System.Globalization;
using System.Security.Claims;
using System.Text;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// A page about one ballot box: loads the process, the box's projects and rules, and who the voter is. The box is a
/// district id, or "city" for the city-wide ballot.
/// </summary>
public abstract class BallotPageModel(BudgetingDbContext db, TimeProvider clock) : PageModel
{
    public const string CityWide = "city";

    public Process Process { get; private set; } = null!;

    public BallotBoxId BoxId { get; private set; }

    public BallotBox Box { get; private set; } = null!;

    public BallotRules Rules { get; private set; } = null!;

    public IReadOnlyDictionary<int, Project> Projects { get; private set; } = new Dictionary<int, Project>();

    public Phase Phase => Process.PhaseAt(clock.GetUtcNow().UtcDateTime);

    public string BoxName => BoxId.DistrictId is { } id ? Process.Districts.First(d => d.Id == id).Name : "";

    protected string VoterKey => "account:" + User.FindFirstValue(ClaimTypes.NameIdentifier);

    protected BudgetingDbContext Db => db;

    protected async Task<bool> LoadAsync(int processId, string box, CancellationToken ct)
    {
        var process = await db.LoadProcessAsync(processId, ct);
        int? districtId = box == CityWide ? null
            : int.TryParse(box, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
        if (process is null || districtId == -1 || process.BudgetOf(districtId) is null)
        {
            return false;
        }
        Process = process;
        BoxId = new BallotBoxId(processId, districtId);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.ProcessId == processId && p.DistrictId == districtId).ToListAsync(ct);
        Projects = projects.ToDictionary(p => p.Id);
        Box = BallotBox.For(process, districtId, projects);
        var settings = await db.BallotSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProcessId == processId, ct);
        Rules = (settings ?? BallotSettings.For(process)).Rules;
        return true;
    }

    protected async Task<IVoterEligibility> EligibilityAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var residency = await db.Residencies.AsNoTracking()
            .SingleOrDefaultAsync(r => r.AccountId == userId && r.ProcessId == Process.Id, ct);
        return new ResidencyEligibility(residency);
    }

    /// <summary>The projects in this voter's own random order, stable across reloads and vote changes.</summary>
    protected IReadOnlyList<Project> OrderedProjects(string secret) => ProjectOrder
        .Shuffle(Projects.Keys, ProjectOrder.SeedFor(Encoding.UTF8.GetBytes(secret), BoxId, VoterKey))
        .Select(id => Projects[id]).ToList();
}
