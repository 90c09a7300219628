using System.Globalization;
using System.Text;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Eligibility;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// A page about one ballot box: loads the process, the box's projects and rules, and who the voter is. The box is a
/// district id, or "city" for the city-wide ballot.
/// </summary>
public abstract class BallotPageModel(BudgetingDbContext db, BallotBoxCache boxes, VoterResolver voters, TimeProvider clock) : PageModel
{
    public const string CityWide = LoadedBox.CityWide;

    public Process Process { get; private set; } = null!;

    public BallotBoxId BoxId { get; private set; }

    public BallotBox Box { get; private set; } = null!;

    public BallotRules Rules { get; private set; } = null!;

    public IReadOnlyDictionary<int, Project> Projects { get; private set; } = new Dictionary<int, Project>();

    public Phase Phase => Process.PhaseAt(clock.GetUtcNow().UtcDateTime);

    public string BoxName => BoxId.DistrictId is { } id ? Process.Districts.First(d => d.Id == id).Name : "";

    /// <summary>Who is voting: an account, a census-matched account or a voting code.</summary>
    public Voter Voter { get; private set; } = null!;

    protected string VoterKey => Voter.Key;

    protected BudgetingDbContext Db => db;

    protected async Task<bool> LoadAsync(int processId, string box, CancellationToken ct)
    {
        if (await boxes.GetAsync(db, processId, box, ct) is not { } loaded)
        {
            return false;
        }
        (Process, BoxId, Box, Rules, Projects) = (loaded.Process, loaded.Id, loaded.Box, loaded.Rules, loaded.Projects);
        Voter = await voters.ResolveAsync(User, processId, ct);
        return true;
    }

    /// <summary>The projects in this voter's own random order, stable across reloads and vote changes.</summary>
    protected IReadOnlyList<Project> OrderedProjects(string secret) => ProjectOrder
        .Shuffle(Projects.Keys, ProjectOrder.SeedFor(Encoding.UTF8.GetBytes(secret), BoxId, VoterKey))
        .Select(id => Projects[id]).ToList();
}
