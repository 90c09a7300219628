using System.Diagnostics;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;
using Npgsql;

namespace Budgeting.Web.Tests.Data;

/// <summary>
/// The README's PostgreSQL backup, run for real on the test cluster: <c>pg_dump -Fc</c> of the app's database between
/// votes cast with voting codes, <c>pg_restore</c> into a new database, and a second app on it finds every ballot cast
/// before the dump and shows a voter's sealed receipt with the keys restored with the data.
/// </summary>
[Category(BudgetingApp.PostgresOnly)]
public sealed class PostgresBackupRestoreTests
{
    private const int VotersBefore = 4;
    private const int VotersAfter = 2;

    [Test]
    public async Task PgDumpAndPgRestoreBringBackEveryBallotCastBeforeTheDump()
    {
        using var database = TestDatabase.CreatePostgres();
        using var restoredDatabase = TestDatabase.CreatePostgres();
        var folder = Directory.CreateTempSubdirectory("budgeting-pgdump-").FullName;
        try
        {
            using var app = new BudgetingApp(database: database);
            app.StartServer();
            var process = await EligibilitySetup.CreateAsync(app, EligibilityMode.Codes);
            using var organizer = app.NewBrowser();
            var signedIn = await (await LoginPage.OpenAsync(organizer)).SignInAsync(BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);
            Assert.That(signedIn.Find("#logout-submit"), Is.Not.Null, string.Join(" ", signedIn.Errors));
            var codes = await CodeVoting.IssueAsync(organizer, process.Id, process.Home, VotersBefore + VotersAfter);
            var before = new List<string>();
            foreach (var code in codes.Take(VotersBefore))
            {
                before.Add(await VoteAsync(app, process, code));
            }

            var dump = Path.Combine(folder, "budgeting.dump");
            await RunAsync("pg_dump", ["-Fc", "--no-owner", .. Connection(database), "-f", dump]);
            var after = new List<string>();
            foreach (var code in codes.Skip(VotersBefore))
            {
                after.Add(await VoteAsync(app, process, code));
            }
            await RunAsync("pg_restore", ["--no-owner", "--exit-on-error", .. Connection(restoredDatabase), dump]);

            using var restored = new BudgetingApp(database: restoredDatabase, start: app.Clock.GetUtcNow());
            restored.StartServer();
            var stored = (await VotingSetup.BallotsAsync(restored, process.Id)).Select(b => b.ReceiptHash).ToList();
            using var returning = restored.NewBrowser();
            await CodeVoting.RedeemAsync(returning, codes[0]);
            var counted = await returning.GetAsync($"/vote/{process.Id}/{process.HomeBox}/counted");
            Assert.Multiple(() =>
            {
                Assert.That(stored, Is.EquivalentTo(before.Select(ReceiptCode.Hash)), "the ballots cast before the dump, and only those");
                Assert.That(after.Select(ReceiptCode.Hash), Has.None.AnyOf(stored.ToArray()));
                Assert.That(counted.Find("#receipt")?.TextContent.Trim(), Is.EqualTo(before[0]),
                    "the restored app unseals the receipt with the data protection keys restored with the data");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> VoteAsync(BudgetingApp app, EligibleProcess process, string code)
    {
        using var voter = app.NewBrowser();
        var ballot = new BallotPage(await CodeVoting.RedeemAsync(voter, code));
        var counted = await ballot.VoteAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        return counted.Find("#receipt")?.TextContent.Trim()
            ?? throw new AssertionException($"No receipt for code {code}: {counted.Status} {string.Join(" ", counted.Errors)}");
    }

    /// <summary>libpq's options for the test database (the cluster trusts loopback connections).</summary>
    private static string[] Connection(TestDatabase database)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return ["-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!,
            "-d", builder.Database!];
    }

    /// <summary>Runs a PostgreSQL client tool of the cluster's version (Debian keeps them beside initdb).</summary>
    private static async Task RunAsync(string tool, string[] args)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderBy(p => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))) + ".0", out var v) ? v : new Version())
                .LastOrDefault()
            : null;
        var start = new ProcessStartInfo(bin ?? tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {await errors} {await output}");
    }
}
