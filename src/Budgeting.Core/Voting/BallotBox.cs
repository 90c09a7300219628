using Budgeting.Core.Processes;
using Budgeting.Core.Projects;

namespace Budgeting.Core.Voting;

/// <summary>
/// A ballot box and what its ballot lists: the budget (the district's, or the city-wide one) and exactly the
/// projects a voter may mark. A cast ballot is checked against this list and nothing else.
/// </summary>
public sealed class BallotBox
{
    private readonly Dictionary<int, long> _costs;

    public BallotBox(BallotBoxId id, long budget, IEnumerable<BallotProject> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        var list = projects.OrderBy(p => p.Id).ToList();
        _costs = [];
        foreach (var project in list)
        {
            if (project.Cost < 0)
            {
                throw new ArgumentException($"Project {project.Id} has a negative cost.", nameof(projects));
            }
            if (!_costs.TryAdd(project.Id, project.Cost))
            {
                throw new ArgumentException($"Project {project.Id} is listed twice.", nameof(projects));
            }
        }
        Id = id;
        Budget = budget;
        Projects = list;
    }

    public BallotBoxId Id { get; }

    /// <summary>The budget this ballot distributes, in minor units; the knapsack limit.</summary>
    public long Budget { get; }

    /// <summary>The projects on the ballot, by id.</summary>
    public IReadOnlyList<BallotProject> Projects { get; }

    /// <summary>
    /// The box of <paramref name="process"/>'s ballot for <paramref name="districtId"/> (null: city-wide), listing the
    /// projects of <paramref name="projects"/> that belong to it and ignoring the rest.
    /// </summary>
    /// <exception cref="ArgumentException">The district is not the process's, or the process has no city-wide budget.</exception>
    public static BallotBox For(Process process, int? districtId, IEnumerable<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(projects);
        var budget = process.BudgetOf(districtId)
            ?? throw new ArgumentException("The process has no such ballot.", nameof(districtId));
        var listed = projects
            .Where(p => p.ProcessId == process.Id && p.DistrictId == districtId)
            .Select(p => new BallotProject(p.Id, p.Cost));
        return new BallotBox(new BallotBoxId(process.Id, districtId), budget, listed);
    }

    public bool Lists(int projectId) => _costs.ContainsKey(projectId);

    /// <summary>The cost of a listed project; throws for a project not on the ballot.</summary>
    public long CostOf(int projectId) => _costs[projectId];
}
