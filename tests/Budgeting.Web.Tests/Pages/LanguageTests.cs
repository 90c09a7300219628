using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages;

public sealed class LanguageTests : AppFixture
{
    [Test]
    public async Task SpeaksSpanishByDefault()
    {
        var home = await HomePage.OpenAsync(NewBrowser());

        Assert.Multiple(() =>
        {
            Assert.That(home.Page.Language, Is.EqualTo("es-MX"));
            Assert.That(home.Page.Heading, Is.EqualTo("Procesos de presupuesto participativo"));
        });
    }

    [TestCase("es-ES", "es-MX", "Procesos de presupuesto participativo")]
    [TestCase("es-AR,es;q=0.9", "es-MX", "Procesos de presupuesto participativo")]
    [TestCase("en-GB", "en", "Participatory budgeting processes")]
    [TestCase("en-US,en;q=0.9,es;q=0.5", "en", "Participatory budgeting processes")]
    [TestCase("fr-FR,en;q=0.8", "en", "Participatory budgeting processes")]
    [TestCase("de-DE", "es-MX", "Procesos de presupuesto participativo")]
    public async Task PicksLanguageFromAcceptLanguage(string header, string expectedLang, string heading)
    {
        var home = await HomePage.OpenAsync(NewBrowser(header));

        Assert.Multiple(() =>
        {
            Assert.That(home.Page.Language, Is.EqualTo(expectedLang));
            Assert.That(home.Page.Heading, Is.EqualTo(heading));
        });
    }

    [Test]
    public async Task SwitcherSetsCookieAndNextPageIsInEnglish()
    {
        var browser = NewBrowser();
        var home = await HomePage.OpenAsync(browser);

        var switched = await home.SwitchLanguageAsync("en");
        var hops = browser.Redirects.Select(r => r.AbsolutePath).ToList();
        var next = await browser.GetAsync("/account/login");

        Assert.Multiple(() =>
        {
            Assert.That(hops, Is.EqualTo(new[] { "/" }));
            Assert.That(switched.Language, Is.EqualTo("en"));
            Assert.That(switched.Heading, Is.EqualTo("Participatory budgeting processes"));
            Assert.That(next.Heading, Is.EqualTo("Sign in"));
        });
    }

    [Test]
    public async Task SwitcherSetsTheCultureCookie()
    {
        var browser = NewBrowser();
        var home = await HomePage.OpenAsync(browser);
        var form = home.Page.Form("language-form");
        var token = form.Value("__RequestVerificationToken")!;

        using var response = await browser.Client.PostAsync("/language", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("culture", "en"),
            new("returnUrl", "/account/login"),
        ]));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/login"));
            Assert.That(response.Headers.GetValues("Set-Cookie"),
                Has.One.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den"));
        });
    }

    [Test]
    public async Task CookieWinsOverAcceptLanguage()
    {
        var browser = NewBrowser("en-GB");
        var home = await HomePage.OpenAsync(browser);

        var switched = await home.SwitchLanguageAsync("es-MX");

        Assert.That(switched.Language, Is.EqualTo("es-MX"));
    }

    [Test]
    public async Task SwitcherReturnsToTheSamePage()
    {
        var browser = NewBrowser();
        var login = await LoginPage.OpenAsync(browser);

        var switched = await login.Page.Form("language-form").SubmitAsync(buttonValue: "en");

        Assert.Multiple(() =>
        {
            Assert.That(switched.Url.AbsolutePath, Is.EqualTo("/account/login"));
            Assert.That(switched.Heading, Is.EqualTo("Sign in"));
        });
    }

    [Test]
    public async Task SwitcherRefusesToRedirectToAnotherSite()
    {
        var browser = NewBrowser();
        var home = await HomePage.OpenAsync(browser);

        var page = await home.Page.Form("language-form").Set("returnUrl", "https://evil.example/").SubmitAsync(buttonValue: "en");

        Assert.That(page.Url.Host, Is.EqualTo("localhost"));
    }
}
