using System.Globalization;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Proposals;
using Budgeting.Core.Voting;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// A process made for voting tests: two districts (home and other) with their ballot projects and a ballot design.
/// Budgets and costs are in minor units (centavos).
/// </summary>
public sealed record VotingProcess(int Id, int Home, int Other, IReadOnlyList<int> HomeProjects, IReadOnlyList<int> OtherProjects)
{
    public string HomeBox => Home.ToString(CultureInfo.InvariantCulture);

    public string OtherBox => Other.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the home project at <paramref name="index"/>, as the ballot form posts it.</summary>
    public string P(int index) => HomeProjects[index].ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Builds a <see cref="VotingProcess"/> straight through the domain methods, as the organizer pages would have
/// before voting opened, so each test gets its own ballot in a few milliseconds.
/// </summary>
public static class VotingSetup
{
    /// <summary>The home district's budget: $10,000.00.</summary>
    public const long HomeBudget = 1_000_000;

    public const long OtherBudget = 500_000;

    /// <summary>Five home projects: $1,000, $2,000, $3,000, $4,000 and $5,000.</summary>
    public static readonly long[] HomeCosts = [100_000, 200_000, 300_000, 400_000, 500_000];

    /// <param name="app">The app whose database and clock to use.</param>
    /// <param name="design">The ballot design; it must be valid.</param>
    /// <param name="opensIn">When voting opens, from the app's clock now (default: it opened a day ago).</param>
    /// <param name="closesIn">When voting closes, from now (default: in ten days).</param>
    public static Task<VotingProcess> CreateAsync(BudgetingApp app, BallotDesign design, TimeSpan? opensIn = null, TimeSpan? closesIn = null) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var votingOpens = now + (opensIn ?? TimeSpan.FromDays(-1));
            var before = votingOpens.AddDays(-1);
            var schedule = new PhaseSchedule(now.AddDays(-30), now.AddDays(-20), votingOpens, now + (closesIn ?? TimeSpan.FromDays(10)));
            var process = Process.Create(new ProcessDetails(
                "Proceso " + Guid.NewGuid().ToString("N")[..8], "Para votar.", ProcessValues.MexicoCity, "MXN", null, schedule));
            Expect(process.AddDistrict("Colonia Centro", HomeBudget, before).Succeeded, "district");
            Expect(process.AddDistrict("Colonia Norte", OtherBudget, before).Succeeded, "district");
            Expect(process.AddCategory("Espacio público").Succeeded, "category");
            db.Processes.Add(process);
            await db.SaveChangesAsync();

            var home = process.Districts[0].Id;
            var other = process.Districts[1].Id;
            var category = process.Categories[0].Id;
            var homeProjects = HomeCosts.Select((cost, i) => Add(process, home, category, $"Proyecto Centro {i + 1}", cost, before)).ToList();
            var otherProjects = new[] { 150_000L, 250_000L }.Select((cost, i) => Add(process, other, category, $"Proyecto Norte {i + 1}", cost, before)).ToList();
            db.Projects.AddRange(homeProjects);
            db.Projects.AddRange(otherProjects);
            var settings = BallotSettings.For(process);
            var errors = settings.Change(process, design, before);
            Expect(errors.Count == 0, "ballot design: " + string.Join(" ", errors));
            db.BallotSettings.Add(settings);
            await db.SaveChangesAsync();
            return new VotingProcess(process.Id, home, other, homeProjects.Select(p => p.Id).ToList(), otherProjects.Select(p => p.Id).ToList());
        });

    /// <summary>A design written as in a test table: the type, then <c>name=value</c> pairs (min, max, share, points, cap, all, k, fewer).</summary>
    public static BallotDesign Design(string spec)
    {
        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = words.Skip(1).Select(w => w.Split('=')).ToDictionary(w => w[0], w => w.Length > 1 ? w[1] : "");
        int? Number(string key) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        return new BallotDesign(Enum.Parse<BallotType>(words[0]), Number("min"), Number("max"), Number("share"), Number("points"),
            Number("cap"), values.ContainsKey("all"), Number("k"), values.ContainsKey("fewer"));
    }

    /// <summary>Choices written as in a test table, <c>index:value</c> over the home projects (<c>0:1,3:1</c>).</summary>
    public static Dictionary<int, long> Choices(VotingProcess process, string spec) =>
        spec.Length == 0
            ? []
            : spec.Split(',').Select(pair => pair.Split(':')).ToDictionary(
                p => process.HomeProjects[int.Parse(p[0], CultureInfo.InvariantCulture)], p => long.Parse(p[1], CultureInfo.InvariantCulture));

    /// <summary>How many ballots and participations the process has stored.</summary>
    public static Task<(int Ballots, int Participations)> CountAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(async db => (
            await db.Ballots.CountAsync(b => b.ProcessId == processId),
            await db.Participations.CountAsync(p => p.ProcessId == processId)));

    /// <summary>The stored ballots of the process, as canonical content (<c>projectId:value</c>, ...).</summary>
    public static Task<List<StoredBallot>> BallotsAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(db => db.Ballots.AsNoTracking().Where(b => b.ProcessId == processId).ToListAsync());

    public static Task<Participation?> ParticipationAsync(BudgetingApp app, string accountId, int processId) =>
        app.WithDbAsync(db => db.Participations.AsNoTracking()
            .SingleOrDefaultAsync(p => p.VoterKey == "account:" + accountId && p.ProcessId == processId));

    private static Project Add(Process process, int district, int category, string title, long cost, DateTime nowUtc)
    {
        var (project, result) = Project.Add(process, new ProposalDraft(title, "Un proyecto para la boleta.", district, category, cost, null), nowUtc);
        Expect(result.Succeeded, "project " + title);
        return project!;
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Voting setup failed: " + what);
        }
    }
}
