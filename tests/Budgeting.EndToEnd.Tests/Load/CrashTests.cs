using System.Diagnostics;
using Budgeting.Cli.Load;
using Budgeting.EndToEnd.Tests;

namespace Budgeting.EndToEnd.Load;

/// <summary>
/// The app is killed with SIGKILL in the middle of a load and started again on the same database: every ballot whose
/// receipt a voter saw before the kill is counted exactly once. Casts in flight at the kill may count or not.
/// </summary>
[TestFixture]
public sealed class CrashTests
{
    private const int Voters = 400;
    private const int AcceptedBeforeKill = 100;

    [Test]
    public async Task EveryReceiptAcknowledgedBeforeAKillIsCountedExactlyOnceAfterTheRestart()
    {
        var app = await AppServer.StartAsync();
        try
        {
            LoadProcess process;
            using (var organizer = await LoadOrganizer.SignInAsync(app.BaseAddress, LoadOptions.DemoOrganizer, AppServer.DemoPassword, default))
            {
                process = await organizer.CreateProcessAsync(Voters, TestContext.Progress, default);
            }
            var options = new LoadOptions { Url = app.BaseAddress, Ballots = Voters, Concurrency = 8, Duration = TimeSpan.FromMinutes(5) };
            using var load = new VotingLoad(options, TestContext.Progress);
            await load.WarmUpAsync(process, default);

            var voting = load.VoteAsync(default);
            var waited = Stopwatch.StartNew();
            while (load.Accepted < AcceptedBeforeKill && !voting.IsCompleted && waited.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(5);
            }
            Assert.That(voting.IsCompleted, Is.False, "the load ended before the kill");
            app = await app.KillAndRestartAsync();
            var outcome = await voting;

            await TestContext.Progress.WriteLineAsync(
                $"crash: {outcome.Receipts.Count} acknowledged, {outcome.Unacknowledged} unacknowledged, {outcome.Errors} errors");
            using var after = await LoadOrganizer.SignInAsync(app.BaseAddress, LoadOptions.DemoOrganizer, AppServer.DemoPassword, default);
            await after.CloseVotingAsync(process.Id, default);
            var published = await after.ReceiptHashesAsync(process.Id, default);
            var check = ReceiptCheck.Compare(outcome.Receipts, published);
            Assert.Multiple(() =>
            {
                Assert.That(outcome.Receipts, Has.Count.GreaterThanOrEqualTo(AcceptedBeforeKill));
                Assert.That(outcome.Errors, Is.GreaterThan(0), "voters after the kill must have failed");
                Assert.That(check.Missing, Is.Empty, "acknowledged before the kill, missing after the restart");
                Assert.That(check.Repeated, Is.Zero);
                Assert.That(published, Has.Count.InRange(outcome.Receipts.Count, outcome.Receipts.Count + outcome.Unacknowledged));
            });
        }
        finally
        {
            await app.StopAsync("The crash test's Budgeting.Web logged errors:");
        }
    }
}
