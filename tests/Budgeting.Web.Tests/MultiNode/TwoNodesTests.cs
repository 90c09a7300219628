using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Budgeting.Core.Residents;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.MultiNode;

/// <summary>
/// Two web nodes (two app instances, nothing shared in memory) on one PostgreSQL database, as behind a load balancer:
/// a resident's browser keeps one set of cookies whichever node answers, so keys and the one-ballot rule must live in
/// the database. Both nodes store the keys encrypted with one certificate, as a deployment should.
/// </summary>
[Category(BudgetingApp.PostgresOnly)]
public sealed class TwoNodesTests
{
    private const string Password = "a-long-password-1";
    private const int Voters = 20;

    private readonly List<Browser> _browsers = [];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "budgeting-tests", Guid.NewGuid().ToString("N"));
    private TestDatabase? _database;
    private BudgetingApp _first = null!;
    private BudgetingApp _second = null!;

    [OneTimeSetUp]
    public void StartNodes()
    {
        _database = TestDatabase.CreatePostgres();
        var settings = KeyCertificateSettings();
        _first = new BudgetingApp(settings, database: _database);
        _first.StartServer();
        _second = new BudgetingApp(settings, database: _database);
        _second.StartServer();
    }

    [OneTimeTearDown]
    public void StopNodes()
    {
        _second?.Dispose();
        _first?.Dispose();
        _database?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [TearDown]
    public void CloseBrowsers()
    {
        _browsers.ForEach(b => b.Dispose());
        _browsers.Clear();
    }

    [Test]
    public async Task ResidentSignedInOnOneNodeVotesOnTheOtherAndEitherShowsTheReceipt()
    {
        var process = await VotingSetup.CreateAsync(_first, VotingSetup.Design("ChooseOne"));
        var voter = await SignedInVoterAsync(process);

        var counted = await (await BallotPage.OpenAsync(voter.OnSecond, process.Id, process.HomeBox))
            .VoteAsync(BallotPage.Choices((process.HomeProjects[2], 1)));

        var receipt = counted.Find("#receipt")?.TextContent.Trim();
        var receiptOnFirst = await ReceiptAsync(voter.OnFirst, process);
        var ballots = await VotingSetup.BallotsAsync(_second, process.Id);
        var keys = await _first.WithDbAsync(db => db.DataProtectionKeys.CountAsync());
        Assert.Multiple(() =>
        {
            Assert.That(counted.Url.AbsolutePath, Is.EqualTo($"/vote/{process.Id}/{process.HomeBox}/counted"));
            Assert.That(counted.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(receipt, Is.Not.Empty);
            Assert.That(receiptOnFirst, Is.EqualTo(receipt));
            Assert.That(ballots.Select(b => b.ReceiptHash), Is.EqualTo(new[] { ReceiptCode.Hash(receipt ?? "") }));
            Assert.That(keys, Is.GreaterThan(0), "The data-protection keys are not in the database.");
        });
    }

    [Test]
    public async Task SameVotersCastingOnBothNodesAtOnceLeaveOneBallotEach()
    {
        var process = await VotingSetup.CreateAsync(_first, VotingSetup.Design("ChooseOne"));
        var voters = new List<(Browser OnFirst, Browser OnSecond)>();
        for (var i = 0; i < Voters; i++)
        {
            voters.Add(await SignedInVoterAsync(process));
        }

        // First votes, then changed votes: each voter's two nodes race for the same participation row.
        foreach (var round in new[] { 0, 1 })
        {
            var forms = await Task.WhenAll(voters.Select(async (v, i) =>
                (v, First: await ReviewAsync(v.OnFirst, process, (i + round) % 5), Second: await ReviewAsync(v.OnSecond, process, (i + round + 1) % 5))));
            var responses = await Task.WhenAll(forms.SelectMany(f => new[]
            {
                Task.Run(() => f.First.PostAsync(f.v.OnFirst.Client)),
                Task.Run(() => f.Second.PostAsync(f.v.OnSecond.Client)),
            }));

            var receipts = await Task.WhenAll(voters.Select((v, i) => ReceiptAsync(i % 2 == 0 ? v.OnFirst : v.OnSecond, process)));
            var perVoter = await _first.WithDbAsync(db => db.Participations.Where(p => p.ProcessId == process.Id)
                .GroupBy(p => p.VoterKey).Select(g => g.Count()).ToListAsync());
            var ballots = await VotingSetup.BallotsAsync(_second, process.Id);
            Assert.Multiple(() =>
            {
                Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Redirect), $"round {round}");
                Assert.That(responses.Select(r => r.Headers.Location?.OriginalString),
                    Is.All.EqualTo($"/vote/{process.Id}/{process.HomeBox}/counted"), $"round {round}");
                Assert.That(perVoter, Has.Count.EqualTo(Voters).And.All.EqualTo(1), $"round {round}: participations per voter");
                Assert.That(ballots, Has.Count.EqualTo(Voters), $"round {round}: ballots");
                Assert.That(ballots.Select(b => b.ReceiptHash), Is.EquivalentTo(receipts.Select(r => ReceiptCode.Hash(r ?? ""))), $"round {round}");
            });
        }
    }

    [Test]
    public async Task KeysInTheDatabaseAreEncryptedWithTheCertificate()
    {
        // The sign-in form's antiforgery token needs a key: the first node to need one makes it.
        await LoginPage.OpenAsync(BrowserOn(_second, new CookieContainer()));

        var keys = await _first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Not.Empty);
            Assert.That(keys, Has.All.Contain("EncryptedData"));
            Assert.That(keys, Has.None.Contain("<value>"), "a key's secret is stored in the clear");
        });
    }

    /// <summary>A resident of the home district, signed in on the first node; one cookie jar, a browser for each node.</summary>
    private async Task<(Browser OnFirst, Browser OnSecond)> SignedInVoterAsync(VotingProcess process)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Vecina " + email[..6] };
            var created = await users.CreateAsync(account, Password);
            Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
            var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
            db.Residencies.Add(new Residency(account.Id, process.Id, process.Home, _first.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }
        var cookies = new CookieContainer();
        var onFirst = BrowserOn(_first, cookies);
        var onSecond = BrowserOn(_second, cookies);
        var after = await (await LoginPage.OpenAsync(onFirst)).SignInAsync(email, Password);
        Assert.That(after.Find("#logout-submit"), Is.Not.Null, $"Not signed in: {string.Join(" ", after.Errors)}");
        return (onFirst, onSecond);
    }

    private Browser BrowserOn(BudgetingApp node, CookieContainer cookies)
    {
        var browser = new Browser(node.CreateDefaultClient(new CookieContainerHandler(cookies)));
        _browsers.Add(browser);
        return browser;
    }

    private static async Task<FormPost> ReviewAsync(Browser browser, VotingProcess process, int project)
    {
        var review = await (await BallotPage.OpenAsync(browser, process.Id, process.HomeBox))
            .ReviewAsync(BallotPage.Choices((process.HomeProjects[project], 1)));
        Assert.That(review.IsReviewing, Is.True, string.Join(" ", review.Page.Errors));
        return review.CastForm();
    }

    private Dictionary<string, string> KeyCertificateSettings()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "keys.pfx");
        const string password = "pfx-password";
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Budgeting test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return new Dictionary<string, string> { ["DataProtection:CertificatePath"] = path, ["DataProtection:CertificatePassword"] = password };
    }

    private static async Task<string?> ReceiptAsync(Browser browser, VotingProcess process) =>
        (await browser.GetAsync($"/vote/{process.Id}/{process.HomeBox}/counted")).Find("#receipt")?.TextContent.Trim();
}
