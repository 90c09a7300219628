using System.Globalization;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// A ballot box with everything a page about it needs: process, projects by id, and the ballot rules; read-only and
/// untracked, so one load can serve many requests (<see cref="BallotBoxCache"/>).
/// </summary>
public sealed record LoadedBox(Process Process, BallotBoxId Id, BallotBox Box, BallotRules Rules, IReadOnlyDictionary<int, Project> Projects)
{
    public const string CityWide = "city";

    /// <summary>The box of a process named by a district id or "city"; null when there is no such box.</summary>
    public static async Task<LoadedBox?> LoadAsync(BudgetingDbContext db, int processId, string? box, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var process = await db.ReadProcessAsync(processId, ct);
        int? districtId = box == CityWide ? null
            : int.TryParse(box, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
        if (process is null || districtId == -1 || process.BudgetOf(districtId) is null)
        {
            return null;
        }
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.ProcessId == processId && p.DistrictId == districtId).ToListAsync(ct);
        var settings = await db.BallotSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProcessId == processId, ct);
        return new LoadedBox(process, new BallotBoxId(processId, districtId), BallotBox.For(process, districtId, projects),
            (settings ?? BallotSettings.For(process)).Rules, projects.ToDictionary(p => p.Id));
    }

    /// <summary>The box's name in the reader's language: its district, or "city-wide".</summary>
    public string Name(string cityWide) => Id.DistrictId is { } id ? Process.Districts.First(d => d.Id == id).Name : cityWide;

    /// <summary>The route value naming this box.</summary>
    public string RouteValue => Id.DistrictId?.ToString(CultureInfo.InvariantCulture) ?? CityWide;
}
