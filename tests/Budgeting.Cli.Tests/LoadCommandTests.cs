using Budgeting.Cli.Commands;
using Budgeting.Cli.Load;
using static Budgeting.Cli.Tests.Support.CliRun;

namespace Budgeting.Cli.Tests;

public class LoadCommandTests
{
    [Test]
    public void WithoutOptionsItTargetsTheReadmeAppWithTheDemoOrganizer()
    {
        var options = LoadCommand.Parse(Options.Parse([]));

        Assert.Multiple(() =>
        {
            Assert.That(options.Url, Is.EqualTo(new Uri("http://127.0.0.1:5080")));
            Assert.That(options.Ballots, Is.EqualTo(2000));
            Assert.That(options.Concurrency, Is.EqualTo(64));
            Assert.That(options.Duration, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(options.Email, Is.EqualTo("organizadora@demo.local"));
            Assert.That(options.Password, Is.EqualTo("demo-pass-2026"));
            Assert.That(options.ReplayPercent, Is.EqualTo(5));
            Assert.That(options.DuplicatePercent, Is.EqualTo(2));
            Assert.That(options.ServerPid, Is.Null);
            Assert.That(options.WarmUpLimit, Is.EqualTo(TimeSpan.FromSeconds(180)));
        });
    }

    [Test]
    public void ReadsEveryOption()
    {
        var options = LoadCommand.Parse(Options.Parse([
            "--url", "http://127.0.0.1:40123", "--ballots", "100,000", "--concurrency", "128", "--seconds=30", "--json",
            "--email", "o@x.local", "--password", "secret-123", "--replays", "10", "--duplicates", "0", "--server-pid", "4242",
            "--warmup-seconds", "300",
        ]));

        Assert.Multiple(() =>
        {
            Assert.That(options.Url, Is.EqualTo(new Uri("http://127.0.0.1:40123")));
            Assert.That(options.Ballots, Is.EqualTo(100_000));
            Assert.That(options.Concurrency, Is.EqualTo(128));
            Assert.That(options.Duration, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.Email, Is.EqualTo("o@x.local"));
            Assert.That(options.Password, Is.EqualTo("secret-123"));
            Assert.That(options.ReplayPercent, Is.EqualTo(10));
            Assert.That(options.DuplicatePercent, Is.Zero);
            Assert.That(options.ServerPid, Is.EqualTo(4242));
            Assert.That(options.WarmUpLimit, Is.EqualTo(TimeSpan.FromSeconds(300)));
        });
    }

    [TestCase("--ballots", "0", "--ballots")]
    [TestCase("--concurrency", "0", "--concurrency")]
    [TestCase("--concurrency", "many", "--concurrency")]
    [TestCase("--seconds", "-5", "--seconds")]
    [TestCase("--replays", "101", "--replays")]
    [TestCase("--url", "ftp://127.0.0.1", "--url")]
    [TestCase("--url", "localhost", "--url")]
    [TestCase("--rounds", "3", "--rounds")]
    public void ABadOptionIsAUsageError(string name, string value, string named)
    {
        var (code, _, stderr) = Run("loadtest", name, value);

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.Contain(named));
    }

    [Test]
    public void AnAppThatDoesNotAnswerIsASetupErrorNotACrash()
    {
        var (code, stdout, stderr) = Run("loadtest", "--url", "http://127.0.0.1:1", "--json");

        Assert.That(code, Is.EqualTo(Cli.InputError));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("127.0.0.1:1"));
    }

    [Test]
    public void HelpListsTheCommand()
    {
        var (_, stdout, _) = Run("help");

        Assert.That(stdout, Does.Contain("budgeting loadtest"));
    }

    [TestCase(50, 50)]
    [TestCase(95, 95)]
    [TestCase(99, 99)]
    [TestCase(100, 100)]
    [TestCase(0, 1)]
    [TestCase(0.5, 1)]
    [TestCase(99.5, 100)]
    public void PercentilesAreNearestRank(double percent, double expected)
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).ToList();

        Assert.That(Percentiles.Of(values, percent), Is.EqualTo(expected));
    }

    [Test]
    public void PercentilesOfFewValues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Percentiles.Of([], 95), Is.Zero);
            Assert.That(Percentiles.Of([7.5], 50), Is.EqualTo(7.5));
            Assert.That(Percentiles.Of([1, 2, 3, 4], 50), Is.EqualTo(2));
            Assert.That(Percentiles.Of([1, 2, 3, 4], 51), Is.EqualTo(3));
            Assert.That(Percentiles.Of([1, 2, 3, 1000], 95), Is.EqualTo(1000));
        });
    }

    [TestCase(5, 53)]
    [TestCase(2, 17)]
    [TestCase(0, 17)]
    [TestCase(100, 53)]
    public void TheChosenShareIsExactOverEveryHundredVoters(int percent, int stride)
    {
        for (var start = 0; start < 1000; start += 100)
        {
            Assert.That(Enumerable.Range(start, 100).Count(i => VotingLoad.Chosen(i, percent, stride)), Is.EqualTo(percent));
        }
    }
}
