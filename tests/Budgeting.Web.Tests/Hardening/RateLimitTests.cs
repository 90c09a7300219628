using System.Net;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Hardening;

/// <summary>
/// Small limits (a few posts per hour) on a host where each test's browsers come from their own address. The limiter
/// runs before the page, so posts without a token count too; the real forms are used where the page's answer matters.
/// </summary>
public sealed class RateLimitTests : AppFixture
{
    private ClientAddresses _clients = null!;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Budgeting:RateLimits:SignInPerAccount:PermitLimit"] = "2",
        ["Budgeting:RateLimits:SignInPerAccount:Window"] = "01:00:00",
        ["Budgeting:RateLimits:SignInPerAddress:PermitLimit"] = "4",
        ["Budgeting:RateLimits:SignInPerAddress:Window"] = "01:00:00",
        ["Budgeting:RateLimits:SignUpPerAddress:PermitLimit"] = "2",
        ["Budgeting:RateLimits:SignUpPerAddress:Window"] = "01:00:00",
        ["Budgeting:RateLimits:CodePerCode:PermitLimit"] = "2",
        ["Budgeting:RateLimits:CodePerCode:Window"] = "01:00:00",
    };

    [OneTimeSetUp]
    public void StartClients() => _clients = new ClientAddresses(App);

    [Test]
    public async Task SignInIsLimitedPerAddressAndAccountInTheVoterLanguage()
    {
        var browser = _clients.NewBrowser("10.1.0.1");
        var first = await (await LoginPage.OpenAsync(browser)).SignInAsync("ana@test.local", "wrong-password-1");
        var second = await (await LoginPage.OpenAsync(browser)).SignInAsync("ana@test.local", "wrong-password-2");

        using var third = await PostAsync(browser, "/account/login", ("Input.Email", " ANA@test.local "), ("Input.Password", "x"));
        var body = await third.Content.ReadAsStringAsync();
        var otherAccount = await (await LoginPage.OpenAsync(browser)).SignInAsync("beto@test.local", "wrong-password-1");

        Assert.Multiple(() =>
        {
            Assert.That(new[] { first, second }.Select(p => p.Errors.Single()), Is.All.EqualTo("Correo o contraseña incorrectos."));
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(third.Headers.RetryAfter?.Delta?.TotalSeconds, Is.GreaterThan(0).And.LessThanOrEqualTo(3600));
            Assert.That(body, Does.Contain("<h1>Demasiados intentos</h1>"));
            Assert.That(body, Does.Contain("Recibimos demasiadas solicitudes en poco tiempo. Vuelve a intentarlo en"));
            Assert.That(otherAccount.Status, Is.EqualTo(HttpStatusCode.OK), "another account from the same address");
            Assert.That(otherAccount.Errors.Single(), Is.EqualTo("Correo o contraseña incorrectos."));
        });
    }

    [Test]
    public async Task SignInHasACeilingPerAddressWhateverTheAccount()
    {
        var station = _clients.NewBrowser("10.1.0.2");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await PostAsync(station, "/account/login", ("Input.Email", $"voter{i}@test.local"), ("Input.Password", "x"));
            answers.Add(response.StatusCode);
        }
        using var elsewhere = await PostAsync(_clients.NewBrowser("10.1.0.3"), "/account/login", ("Input.Email", "voter4@test.local"), ("Input.Password", "x"));

        Assert.Multiple(() =>
        {
            Assert.That(answers.Take(4), Is.All.Not.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(answers[4], Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(elsewhere.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        });
    }

    [Test]
    public async Task SignUpIsLimitedPerAddressWithAnEnglishPageForAnEnglishBrowser()
    {
        var browser = _clients.NewBrowser("10.1.0.4");
        browser.Client.DefaultRequestHeaders.Add("Accept-Language", "en");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var response = await PostAsync(browser, "/account/register", ("Input.Email", $"new{i}@test.local"));
            answers.Add(response.StatusCode);
        }

        using var limited = await PostAsync(browser, "/account/register", ("Input.Email", "new9@test.local"));
        var body = await limited.Content.ReadAsStringAsync();
        var page = await browser.GetAsync("/account/register");

        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.Not.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter?.Delta, Is.Not.Null);
            Assert.That(body, Does.Contain("<html lang=\"en\">").And.Contain("<h1>Too many attempts</h1>"));
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), "reading the page is never limited");
        });
    }

    [Test]
    public async Task CodeRedemptionIsLimitedPerCodeNotPerAddress()
    {
        var station = _clients.NewBrowser("10.1.0.5");
        var code = EligibilitySetup.UnknownCode();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync(station, "/code", ("Code", i == 1 ? code.ToLowerInvariant() : code));
            answers.Add(response.StatusCode);
        }
        var others = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await PostAsync(station, "/code", ("Code", EligibilitySetup.UnknownCode()));
            others.Add(response.StatusCode);
        }

        Assert.Multiple(() =>
        {
            Assert.That(answers.Take(2), Is.All.Not.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(answers[2], Is.EqualTo(HttpStatusCode.TooManyRequests), "the same code, however typed");
            Assert.That(others, Is.All.Not.EqualTo(HttpStatusCode.TooManyRequests), "other codes from the same address");
        });
    }

    private static Task<HttpResponseMessage> PostAsync(Browser browser, string url, params (string Name, string Value)[] fields) =>
        browser.Client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
}
