using System.Text.Json;
using Budgeting.Core.Processes;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Data;

public sealed class SeedDataTests : AppFixture
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Budgeting:Seed:Demo"] = "true",
        ["Budgeting:Seed:DemoPassword"] = "demo-password-2026",
    };

    [Test]
    public async Task SeedsTheDemoProcessFromSamples()
    {
        using var demo = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "samples", "demo", "process.json")));
        var expectedName = demo.RootElement.GetProperty("name").GetString();

        var processes = await DbAsync(db => db.Processes.Include(p => p.Districts).Include(p => p.Categories).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(processes, Has.Count.EqualTo(1));
            Assert.That(processes[0].Name, Is.EqualTo(expectedName));
            Assert.That(processes[0].Districts.Select(d => (d.Name, d.Budget)), Is.EquivalentTo(new[]
            {
                ("Santa Úrsula Coapa", 124_850_000L), ("Pueblo de Los Reyes", 98_230_000L), ("Barrio de San Lucas", 75_680_000L),
            }));
            Assert.That(processes[0].Categories, Has.Count.EqualTo(6));
            Assert.That(processes[0].TimeZoneId, Is.EqualTo("America/Mexico_City"));
        });
    }

    [Test]
    public async Task OpensVotingAtTheSeedingTime()
    {
        var process = await DbAsync(db => db.Processes.SingleAsync());

        Assert.Multiple(() =>
        {
            Assert.That(process.PhaseAt(BudgetingApp.Start.UtcDateTime), Is.EqualTo(Phase.Voting));
            Assert.That(process.Schedule.IsOrdered, Is.True);
        });
    }

    [Test]
    public async Task ListsTheDemoProcessOnTheHomePage()
    {
        var process = await DbAsync(db => db.Processes.SingleAsync());

        var home = await HomePage.OpenAsync(NewBrowser());

        Assert.That(home.ProcessNames, Is.EqualTo(new[] { process.Name }));
    }

    [Test]
    public async Task ShowsTheDemoDistrictsOnTheProcessPage()
    {
        var id = await DbAsync(db => db.Processes.Select(p => p.Id).SingleAsync());

        var page = await ProcessPage.OpenAsync(NewBrowser(), id);

        Assert.Multiple(() =>
        {
            Assert.That(page.Districts, Is.EqualTo(new[]
            {
                ("Barrio de San Lucas", "756,800.00 MXN"),
                ("Pueblo de Los Reyes", "982,300.00 MXN"),
                ("Santa Úrsula Coapa", "1,248,500.00 MXN"),
            }));
            Assert.That(page.Badge, Is.EqualTo("Votación"));
        });
    }

    [Test]
    public async Task LetsTheDemoOrganizerSignIn()
    {
        var browser = NewBrowser();

        var page = await (await LoginPage.OpenAsync(browser)).SignInAsync("organizadora@demo.local", "demo-password-2026");

        Assert.That(page.Find("a[href='/organize']"), Is.Not.Null);
    }

    [Test]
    public async Task RecordsTheSeedInTheAuditLog()
    {
        var entries = await DbAsync(db => db.AuditEntries.Select(e => new { e.Action, e.ActorName }).ToListAsync());

        Assert.That(entries.Select(e => (e.Action, e.ActorName)), Is.EqualTo(new[] { ("ProcessCreated", "system") }));
    }
}

public sealed class SeedDataAtLateNightTests : AppFixture
{
    protected override DateTimeOffset StartTime => new(2026, 6, 2, 5, 59, 0, TimeSpan.Zero);

    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Budgeting:Seed:Demo"] = "true",
    };

    [Test]
    public async Task OpensVotingEvenWhenSeededAtOneMinuteToMidnight()
    {
        var process = await DbAsync(db => db.Processes.Include(p => p.Districts).SingleAsync());

        Assert.Multiple(() =>
        {
            Assert.That(process.Districts, Has.Count.EqualTo(3));
            Assert.That(process.PhaseAt(StartTime.UtcDateTime), Is.EqualTo(Phase.Voting));
        });
    }
}
