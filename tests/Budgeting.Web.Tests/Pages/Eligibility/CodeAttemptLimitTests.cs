using System.Net;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class CodeAttemptLimitTests : AppFixture
{
    private const string NotRecognized = "No reconocemos ese código. Revísalo con tu hoja; si es correcto, pide ayuda a quien organiza.";
    private const string TooMany = "Demasiados intentos con códigos equivocados. Espera unos minutos y vuelve a intentarlo.";

    private readonly List<Browser> _browsers = [];
    private ClientAddresses _clients = null!;
    private EligibleProcess _process = null!;
    private Queue<string> _codes = null!;

    [OneTimeSetUp]
    public async Task IssueCodes()
    {
        _clients = new ClientAddresses(App);
        var admin = Client("10.0.0.1");
        await SignInAsync(admin, BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);
        _process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        _codes = new Queue<string>(await CodeVoting.IssueAsync(admin, _process.Id, _process.Home, 40));
    }

    [OneTimeTearDown]
    public void CloseClients() => _browsers.ForEach(b => b.Dispose());

    [Test]
    public async Task FiveUnknownCodesWithOnePrefixBlockThatPrefixFromEveryAddressForTenMinutes()
    {
        var code = NextCode();
        var prefix = VotingCode.Read(code).Bare[..VotingCode.PrefixLength];
        var otherPrefix = NextCode(c => !VotingCode.Read(c).Bare.StartsWith(prefix, StringComparison.Ordinal));
        var guesser = Client("10.1.0.1");
        var guesses = new List<(HttpStatusCode, string?)>();
        for (var i = 0; i < 5; i++)
        {
            guesses.Add(Answer(await CodeVoting.RedeemAsync(guesser, UnknownCode(prefix))));
        }

        var owner = Client("10.1.0.2");
        var blocked = await CodeVoting.RedeemAsync(owner, code);
        var otherCode = await CodeVoting.RedeemAsync(guesser, otherPrefix);
        App.Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));
        var later = await CodeVoting.RedeemAsync(owner, code);

        Assert.Multiple(() =>
        {
            Assert.That(guesses, Is.All.EqualTo((HttpStatusCode.OK, NotRecognized)));
            Assert.That(Answer(blocked), Is.EqualTo((HttpStatusCode.TooManyRequests, TooMany)), "the right code, but its prefix is blocked");
            Assert.That(otherCode.Url.AbsolutePath, Is.EqualTo($"/vote/{_process.Id}/{_process.Home}"), "the guesser's address is not blocked yet");
            Assert.That(later.Url.AbsolutePath, Is.EqualTo($"/vote/{_process.Id}/{_process.Home}"), CodeVoting.Error(later));
        });
    }

    [Test]
    public async Task TwentyUnknownCodesFromOneAddressBlockThatAddressOnlyForTenMinutes()
    {
        var guesser = Client("10.2.0.1");
        var guesses = new List<(HttpStatusCode, string?)>();
        for (var i = 0; i < 20; i++)
        {
            guesses.Add(Answer(await CodeVoting.RedeemAsync(guesser, UnknownCode(null))));
        }
        var (mine, theirs) = (NextCode(), NextCode());

        var blocked = await CodeVoting.RedeemAsync(guesser, mine);
        var elsewhere = await CodeVoting.RedeemAsync(Client("10.2.0.2"), theirs);
        var almost = await CodeVoting.RedeemAsync(guesser, mine);
        App.Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));
        var later = await CodeVoting.RedeemAsync(guesser, mine);

        Assert.Multiple(() =>
        {
            Assert.That(guesses, Is.All.EqualTo((HttpStatusCode.OK, NotRecognized)));
            Assert.That(Answer(blocked), Is.EqualTo((HttpStatusCode.TooManyRequests, TooMany)));
            Assert.That(elsewhere.Url.AbsolutePath, Is.EqualTo($"/vote/{_process.Id}/{_process.Home}"), CodeVoting.Error(elsewhere));
            Assert.That(Answer(almost), Is.EqualTo((HttpStatusCode.TooManyRequests, TooMany)), "good codes do not clear the failures");
            Assert.That(later.Url.AbsolutePath, Is.EqualTo($"/vote/{_process.Id}/{_process.Home}"), CodeVoting.Error(later));
        });
    }

    [Test]
    public async Task GoodCodesFromOneAddressAreNeverLimited()
    {
        var station = Client("10.3.0.1");
        var landed = new List<string>();

        for (var i = 0; i < 25; i++)
        {
            var code = _codes.Dequeue();
            _codes.Enqueue(code);
            landed.Add((await CodeVoting.RedeemAsync(station, code)).Url.AbsolutePath);
        }

        Assert.That(landed, Is.All.EqualTo($"/vote/{_process.Id}/{_process.Home}"));
    }

    private static (HttpStatusCode, string?) Answer(WebPage page) => (page.Status, CodeVoting.Error(page));

    /// <summary>An unknown code whose prefix none of the issued codes has (unless asked for one).</summary>
    private string UnknownCode(string? prefix)
    {
        while (true)
        {
            var code = EligibilitySetup.UnknownCode(prefix);
            if (prefix is not null || _codes.All(c => !c[..4].Equals(code[..4], StringComparison.Ordinal)))
            {
                return code;
            }
        }
    }

    private string NextCode(Func<string, bool>? where = null)
    {
        for (var i = 0; i < _codes.Count; i++)
        {
            var code = _codes.Dequeue();
            if (where is null || where(code))
            {
                return code;
            }
            _codes.Enqueue(code);
        }
        throw new InvalidOperationException("No issued code left for this test.");
    }

    private Browser Client(string address)
    {
        var browser = _clients.NewBrowser(address);
        _browsers.Add(browser);
        return browser;
    }
}
