using System.Text.Json;
using Budgeting.Cli.Load;
using Budgeting.EndToEnd.Tests;

namespace Budgeting.EndToEnd.Load;

/// <summary>
/// The load tool against the real app, started as a process with the demo seed: every acknowledged ballot is counted
/// exactly once, replays get the same receipt, concurrent double casts count once. Small loads (no timing asserted):
/// this checks the tool and the app's counting, the benchmark script measures speed.
/// </summary>
[TestFixture]
public sealed class LoadTests
{
    private AppServer app = null!;

    [OneTimeSetUp]
    public async Task StartAppAsync() => app = await AppServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAppAsync() => await app.StopAsync("The load tests' Budgeting.Web logged errors:");

    [Test]
    public async Task EveryAcknowledgedBallotIsCountedOnceWithReplaysAndConcurrentDuplicates()
    {
        var options = new LoadOptions
        {
            Url = app.BaseAddress,
            Ballots = 200,
            Concurrency = 8,
            Duration = TimeSpan.FromMinutes(5),
            Password = AppServer.DemoPassword,
        };

        var result = await new LoadRun(options, TestContext.Progress).RunAsync(CancellationToken.None);

        await TestContext.Out.WriteLineAsync(result.ToJson());
        Assert.Multiple(() =>
        {
            Assert.That(result.ErrorSamples, Is.Empty);
            Assert.That(result.Errors, Is.Zero);
            Assert.That(result.Accepted, Is.EqualTo(200));
            Assert.That(result.Receipts.Distinct().Count(), Is.EqualTo(200));
            Assert.That(result.Lost, Is.Zero);
            Assert.That(result.Duplicated, Is.Zero);
            Assert.That(result.Turnout, Is.EqualTo(200));
            Assert.That(result.ReceiptsPublished, Is.EqualTo(200));
            // 5 % and 2 % of 200 voters, spread evenly.
            Assert.That(result.Replays, Is.EqualTo(10));
            Assert.That(result.Duplicates, Is.EqualTo(4));
            Assert.That(result.BallotPageBytes, Is.GreaterThan(1000));
            Assert.That(result.P50Ms, Is.GreaterThan(0).And.LessThanOrEqualTo(result.P95Ms));
            Assert.That(result.P95Ms, Is.LessThanOrEqualTo(result.P99Ms));
            Assert.That(result.BallotsPerSecond, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task TheCommandPrintsOneJsonObjectAndExitsZero()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await Task.Run(() => Budgeting.Cli.Cli.Run(
            ["loadtest", "--url", app.BaseAddress.ToString(), "--ballots", "30", "--concurrency", "4", "--password", AppServer.DemoPassword, "--json"],
            stdout, stderr));

        Assert.That(code, Is.Zero, stderr.ToString() + stdout);
        Assert.That(stdout.ToString().Trim().Split('\n'), Has.Length.EqualTo(1));
        using var json = JsonDocument.Parse(stdout.ToString());
        var root = json.RootElement;
        foreach (var key in new[] { "ballots_per_second", "p50_ms", "p95_ms", "p99_ms", "replays", "lost", "duplicated", "errors", "ballot_page_bytes" })
        {
            Assert.That(root.TryGetProperty(key, out _), Is.True, key);
        }
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("accepted").GetInt32(), Is.EqualTo(30));
            Assert.That(root.GetProperty("lost").GetInt32(), Is.Zero);
            Assert.That(root.GetProperty("duplicated").GetInt32(), Is.Zero);
            Assert.That(root.GetProperty("errors").GetInt32(), Is.Zero);
            Assert.That(stderr.ToString(), Does.Contain("codes redeemed").Or.Contain("voters ready"));
        });
    }
}
