using System.Globalization;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Projects;
using Budgeting.Core.Proposals;
using Budgeting.Core.Voting;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// A process made for eligibility tests: two districts (home "Colonia Centro" and other "Colonia Norte"), an optional
/// city-wide budget, their ballot projects, a ballot design and an eligibility mode.
/// </summary>
public sealed record EligibleProcess(
    int Id, int Home, int Other, IReadOnlyList<int> HomeProjects, IReadOnlyList<int> OtherProjects, IReadOnlyList<int> CityProjects)
{
    public const string HomeName = "Colonia Centro";
    public const string OtherName = "Colonia Norte";

    public string HomeBox => Home.ToString(CultureInfo.InvariantCulture);

    public string OtherBox => Other.ToString(CultureInfo.InvariantCulture);

    /// <summary>The box key participations and paper ballots are stored under: <c>{process}/{district}</c> or <c>{process}/city</c>.</summary>
    public string BoxKey(int? districtId) => new BallotBoxId(Id, districtId).Key;

    /// <summary>The canonical content of an approval ballot marking these projects.</summary>
    public static string Marked(params int[] projectIds) =>
        string.Join(",", projectIds.Order().Select(id => id.ToString(CultureInfo.InvariantCulture) + ":1"));
}

/// <summary>
/// Builds an <see cref="EligibleProcess"/> through the domain methods, as the organizer pages would have before voting
/// opened; the census, the codes and the votes are then made through the pages by the tests.
/// </summary>
public static class EligibilitySetup
{
    public const long HomeBudget = 1_000_000;
    public const long OtherBudget = 500_000;
    public const long CityBudget = 2_000_000;

    public static readonly string[] HomeTitles = ["Proyecto Centro 1", "Proyecto Centro 2", "Proyecto Centro 3"];
    public static readonly string[] OtherTitles = ["Proyecto Norte 1", "Proyecto Norte 2"];
    public static readonly string[] CityTitles = ["Proyecto Ciudad 1", "Proyecto Ciudad 2"];

    /// <param name="app">The app whose database and clock to use.</param>
    /// <param name="mode">Who may vote.</param>
    /// <param name="design">The ballot design as in <see cref="VotingSetup.Design"/>; by default approval of one or two projects.</param>
    /// <param name="cityWide">Whether the process has a city-wide budget (and ballot).</param>
    /// <param name="allowSameKeyerTwice">Whether one poll worker may key both entries of a paper ballot.</param>
    /// <param name="opensIn">When voting opens, from the app's clock now (default: it opened a day ago).</param>
    /// <param name="closesIn">When voting closes, from now (default: in ten days).</param>
    public static Task<EligibleProcess> CreateAsync(BudgetingApp app, EligibilityMode mode, string design = "Approval min=1 max=2",
        bool cityWide = true, bool allowSameKeyerTwice = false, TimeSpan? opensIn = null, TimeSpan? closesIn = null) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var votingOpens = now + (opensIn ?? TimeSpan.FromDays(-1));
            var before = votingOpens.AddDays(-1);
            var schedule = new PhaseSchedule(now.AddDays(-30), now.AddDays(-20), votingOpens, now + (closesIn ?? TimeSpan.FromDays(10)));
            var process = Process.Create(new ProcessDetails(
                "Proceso " + Guid.NewGuid().ToString("N")[..8], "Para votar.", ProcessValues.MexicoCity, "MXN",
                cityWide ? CityBudget : null, schedule));
            Expect(process.AddDistrict(EligibleProcess.HomeName, HomeBudget, before).Succeeded, "district");
            Expect(process.AddDistrict(EligibleProcess.OtherName, OtherBudget, before).Succeeded, "district");
            Expect(process.AddCategory("Espacio público").Succeeded, "category");
            db.Processes.Add(process);
            await db.SaveChangesAsync();

            var home = process.Districts[0].Id;
            var other = process.Districts[1].Id;
            var category = process.Categories[0].Id;
            var homeProjects = HomeTitles.Select((t, i) => Add(process, home, category, t, 100_000 * (i + 1), before)).ToList();
            var otherProjects = OtherTitles.Select((t, i) => Add(process, other, category, t, 150_000 * (i + 1), before)).ToList();
            var cityProjects = cityWide
                ? CityTitles.Select((t, i) => Add(process, null, category, t, 500_000 * (i + 1), before)).ToList()
                : [];
            db.Projects.AddRange(homeProjects.Concat(otherProjects).Concat(cityProjects));
            var ballot = BallotSettings.For(process);
            var errors = ballot.Change(process, VotingSetup.Design(design), before);
            Expect(errors.Count == 0, "ballot design: " + string.Join(" ", errors));
            db.BallotSettings.Add(ballot);
            var eligibility = EligibilitySettings.For(process.Id);
            Expect(eligibility.Change(process, mode, allowSameKeyerTwice, before).Succeeded, "eligibility");
            db.EligibilitySettings.Add(eligibility);
            await db.SaveChangesAsync();
            return new EligibleProcess(process.Id, home, other, Ids(homeProjects), Ids(otherProjects), Ids(cityProjects));
        });

    /// <summary>Approval marks on these projects, as ballots and paper entries take them (project id → 1).</summary>
    public static Dictionary<int, long> Marks(params int[] projectIds) => projectIds.ToDictionary(id => id, _ => 1L);

    public static Task<byte[]> SaltAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(db => db.EligibilitySettings.AsNoTracking().Where(s => s.ProcessId == processId).Select(s => s.Salt).SingleAsync());

    public static Task<EligibilitySettings> SettingsAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(db => db.EligibilitySettings.AsNoTracking().SingleAsync(s => s.ProcessId == processId));

    /// <summary>The voter key a voting code votes under (<c>code:{id}</c>), found by the code's hash.</summary>
    public static async Task<string> CodeVoterKeyAsync(BudgetingApp app, int processId, string code)
    {
        var hash = VotingCode.Hash(await SaltAsync(app, processId), VotingCode.Read(code).Bare);
        return await app.WithDbAsync(async db =>
            (await db.VotingCodes.AsNoTracking().SingleAsync(c => c.ProcessId == processId && c.Hash == hash)).VoterKey);
    }

    /// <summary>The census entry of an identifier, found by its hash.</summary>
    public static async Task<CensusEntry> CensusEntryAsync(BudgetingApp app, int processId, string identifier)
    {
        Expect(CensusIdentifier.TryNormalize(identifier, out var normal), "identifier " + identifier);
        var hash = CensusIdentifier.Hash(await SaltAsync(app, processId), normal);
        return await app.WithDbAsync(db => db.CensusEntries.AsNoTracking().SingleAsync(e => e.ProcessId == processId && e.IdentifierHash == hash));
    }

    public static Task<List<Participation>> ParticipationsAsync(BudgetingApp app, int processId, string? voterKey = null) =>
        app.WithDbAsync(db => db.Participations.AsNoTracking()
            .Where(p => p.ProcessId == processId && (voterKey == null || p.VoterKey == voterKey)).OrderBy(p => p.BoxKey).ToListAsync());

    public static Task<List<PaperBallot>> PaperBallotsAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(db => db.PaperBallots.AsNoTracking().Where(b => b.ProcessId == processId).OrderBy(b => b.Id).ToListAsync());

    public static Task<int> CensusCountAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(db => db.CensusEntries.CountAsync(e => e.ProcessId == processId));

    public static Task<List<(string Action, string Details)>> AuditAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().Where(e => e.ProcessId == processId).OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.Details }).ToListAsync()).Select(e => (e.Action, e.Details)).ToList());

    /// <summary>Publishes the results as the (not yet built) publish step will: it only stamps the process.</summary>
    public static Task PublishAsync(BudgetingApp app, int processId) =>
        app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"Processes\" SET \"PublishedAtUtc\" = {app.Clock.GetUtcNow().UtcDateTime} WHERE \"Id\" = {processId}"));

    /// <summary>A code that passes the check character but was never issued, starting with <paramref name="prefix"/> when given.</summary>
    public static string UnknownCode(string? prefix = null)
    {
        using var random = System.Security.Cryptography.RandomNumberGenerator.Create();
        var bare = VotingCode.Read(VotingCode.Generate(random)).Bare;
        var first11 = ((prefix ?? "") + bare)[..(VotingCode.Length - 1)];
        return VotingCode.Display(first11 + VotingCode.CheckCharacter(first11));
    }

    /// <summary>The code with one character (at <paramref name="position"/> of the bare code) changed: the check character catches it.</summary>
    public static string WithTypo(string code, int position)
    {
        var bare = VotingCode.Read(code).Bare.ToCharArray();
        var index = VotingCode.Alphabet.IndexOf(bare[position], StringComparison.Ordinal);
        bare[position] = VotingCode.Alphabet[(index + 1) % VotingCode.Alphabet.Length];
        return VotingCode.Display(new string(bare));
    }

    private static List<int> Ids(IEnumerable<Project> projects) => projects.Select(p => p.Id).ToList();

    private static Project Add(Process process, int? district, int category, string title, long cost, DateTime nowUtc)
    {
        var (project, result) = Project.Add(process, new ProposalDraft(title, "Un proyecto para la boleta.", district, category, cost, null), nowUtc);
        Expect(result.Succeeded, "project " + title);
        return project!;
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Eligibility setup failed: " + what);
        }
    }
}
