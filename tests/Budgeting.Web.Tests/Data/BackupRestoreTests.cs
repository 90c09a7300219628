using System.Collections.Concurrent;
using System.Text.Json;
using Budgeting.Core.Voting;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Budgeting.Web.Tests.Data;

/// <summary>
/// <c>budgeting backup</c> on the live app's SQLite file while residents are voting through the ballot pages, then
/// <c>budgeting restore</c> into a second app: every ballot acknowledged before the backup started is there.
/// </summary>
[Category(BudgetingApp.SqliteOnly)]
public sealed class BackupRestoreTests : AppFixture
{
    private const int VotersBefore = 4;
    private const int VotersDuring = 16;
    private const int VotersAfter = 3;
    private const int Workers = 4;
    private const string Password = "a-long-password-1";

    [Test]
    public async Task ABackupTakenWhileVotesAreCastRestoresEveryBallotAcknowledgedBeforeItStarted()
    {
        // A running app keeps pooled connections open, so its latest commits sit in the WAL file until a checkpoint; the
        // test app closes its connections after each use, so this one stands in for the pool.
        using var pool = OpenInWalMode(App.DatabasePath);
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("ChooseOne"));
        var voters = new List<TestUser>();
        for (var i = 0; i < VotersBefore + VotersDuring + VotersAfter; i++)
        {
            voters.Add(await SignedInUserAsync([], process.Home));
        }
        var receipts = new ConcurrentDictionary<TestUser, string>();
        var before = new ConcurrentBag<TestUser>();
        foreach (var voter in voters.Take(VotersBefore))
        {
            receipts[voter] = await VoteAsync(voter, process);
            before.Add(voter);
        }

        // Voting goes on in parallel; the backup starts once some of these votes are in and the rest are on their way.
        var backup = Path.Combine(Path.GetDirectoryName(App.DatabasePath)!, "backup.db");
        var backupStarted = 0;
        var backupRunning = 0;
        var inDuringBackup = 0;
        var someVotesIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new ConcurrentQueue<TestUser>(voters.Skip(VotersBefore).Take(VotersDuring));
        var voting = Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var voter))
            {
                receipts[voter] = await VoteAsync(voter, process);
                if (Volatile.Read(ref backupStarted) == 0)
                {
                    before.Add(voter);
                }
                else if (Volatile.Read(ref backupRunning) == 1)
                {
                    Interlocked.Increment(ref inDuringBackup);
                }
                if (receipts.Count >= VotersBefore + Workers)
                {
                    someVotesIn.TrySetResult();
                }
            }
        })));
        await Task.WhenAny(someVotesIn.Task, voting);
        Volatile.Write(ref backupStarted, 1);
        Volatile.Write(ref backupRunning, 1);
        var (backupCode, backupOut, backupErr) = RunCli(["backup", App.DatabasePath, backup, "--json"]);
        Volatile.Write(ref backupRunning, 0);
        await voting;
        var after = voters.Skip(VotersBefore + VotersDuring).ToList();
        foreach (var voter in after)
        {
            receipts[voter] = await VoteAsync(voter, process);
        }
        Assert.That(backupCode, Is.EqualTo(Budgeting.Cli.Cli.Ok), backupErr);

        using var restored = new BudgetingApp(start: App.Clock.GetUtcNow());
        var (restoreCode, _, restoreErr) = RunCli(["restore", backup, "--to", restored.DatabasePath]);
        Assert.That(restoreCode, Is.EqualTo(Budgeting.Cli.Cli.Ok), restoreErr);
        var integrity = IntegrityCheck(restored.DatabasePath);
        restored.StartServer();
        var hashes = receipts.ToDictionary(r => r.Key, r => ReceiptCode.Hash(r.Value));
        var stored = (await VotingSetup.BallotsAsync(restored, process.Id)).Select(b => b.ReceiptHash).ToList();
        Assert.That(stored, Is.SupersetOf(before.Select(v => hashes[v])), "every ballot acknowledged before the backup started");
        var returning = before.First();
        using var returningBrowser = restored.NewBrowser();
        await SignInAsync(returningBrowser, returning.Email, Password);
        var counted = await returningBrowser.GetAsync($"/vote/{process.Id}/{process.HomeBox}/counted");
        var (ballots, participations) = await VotingSetup.CountAsync(restored, process.Id);
        restored.Clock.Advance(TimeSpan.FromDays(11));
        using var visitor = restored.NewBrowser();
        var listed = (await visitor.GetAsync($"/processes/{process.Id}/receipts")).Texts("#receipt-hashes code");

        var live = await VotingSetup.CountAsync(App, process.Id);
        TestContext.Out.WriteLine($"{before.Count} ballots acknowledged before the backup started, {inDuringBackup} while it ran, {listed.Count} in the backup, "
            + $"{live.Ballots} in the live app; backup: {backupOut.Trim()}");
        Assert.Multiple(() =>
        {
            Assert.That(integrity, Is.EqualTo("ok"));
            Assert.That(listed, Is.EquivalentTo(stored), "the receipts page of the restored app lists the restored ballots");
            Assert.That(listed, Is.SubsetOf(hashes.Values), "only ballots that were cast");
            Assert.That(listed, Has.None.AnyOf(after.Select(v => hashes[v]).ToArray()), "not the ballots cast after the backup");
            Assert.That((ballots, participations), Is.EqualTo((listed.Count, listed.Count)), "each ballot with its participation");
            Assert.That(JsonDocument.Parse(backupOut).RootElement.GetProperty("ballots").GetInt64(), Is.EqualTo(listed.Count));
            Assert.That(counted.Find("#receipt")?.TextContent.Trim(), Is.EqualTo(receipts[returning]),
                "the restored app unseals the receipt with the data protection keys restored with the data");
            Assert.That(live, Is.EqualTo((voters.Count, voters.Count)));
        });
    }

    private static async Task<string> VoteAsync(TestUser voter, VotingProcess process)
    {
        var ballot = await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox);
        var counted = await ballot.VoteAsync(BallotPage.Choices((process.HomeProjects[Random.Shared.Next(process.HomeProjects.Count)], 1)));
        return counted.Find("#receipt")?.TextContent.Trim()
            ?? throw new AssertionException($"No receipt for {voter.Email}: {counted.Status} {string.Join(" ", counted.Errors)}");
    }

    private static (int Code, string Stdout, string Stderr) RunCli(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Budgeting.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static SqliteConnection OpenInWalMode(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        Assert.That(command.ExecuteScalar(), Is.EqualTo("wal"));
        return connection;
    }

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
