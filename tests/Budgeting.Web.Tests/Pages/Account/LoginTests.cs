using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using AccountEntity = Budgeting.Web.Data.Account;

namespace Budgeting.Web.Tests.Pages.Account;

public sealed class LoginTests : AppFixture
{
    [Test]
    public async Task SignsInAdminFromConfiguration()
    {
        var browser = NewBrowser();

        var page = await (await LoginPage.OpenAsync(browser)).SignInAsync(BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);

        Assert.Multiple(() =>
        {
            Assert.That(page.Url.AbsolutePath, Is.EqualTo("/"));
            Assert.That(page.Find("#logout-submit"), Is.Not.Null);
            Assert.That(page.Find("a[href='/organize']"), Is.Not.Null);
            Assert.That(page.Find("a[href='/admin/audit']"), Is.Not.Null);
        });
    }

    [Test]
    public async Task ReturnsToTheRequestedPageAfterSignIn()
    {
        var browser = NewBrowser();
        var login = new LoginPage(await browser.GetAsync("/organize"));

        var page = await login.SignInAsync(BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);

        Assert.That(page.Url.AbsolutePath, Is.EqualTo("/organize"));
    }

    [Test]
    public async Task IgnoresReturnUrlToAnotherSite()
    {
        var browser = NewBrowser();

        var page = await (await LoginPage.OpenAsync(browser, "https://evil.example/")).SignInAsync(BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);

        Assert.That(page.Url.AbsolutePath, Is.EqualTo("/"));
    }

    [TestCase("", "whatever-password", "Falta completar «Correo electrónico».")]
    [TestCase(BudgetingApp.AdminEmail, "", "Falta completar «Contraseña».")]
    [TestCase(BudgetingApp.AdminEmail, "wrong-password-123", "Correo o contraseña incorrectos.")]
    [TestCase("nobody@test.local", "wrong-password-123", "Correo o contraseña incorrectos.")]
    public async Task RefusesBadCredentials(string email, string password, string message)
    {
        var browser = NewBrowser();

        var page = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, password);

        Assert.Multiple(() =>
        {
            Assert.That(page.Errors, Does.Contain(message));
            Assert.That(page.Find("#logout-submit"), Is.Null);
        });
    }

    [Test]
    public async Task LocksAccountOutAfterFiveFailures()
    {
        const string password = "the-right-password";
        var email = await CreateAccountAsync(password, confirmed: true);
        var browser = NewBrowser();
        var messages = new List<string>();

        for (var i = 0; i < 5; i++)
        {
            var failed = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, "a-wrong-password");
            messages.Add(failed.Errors.Single());
        }
        var page = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, password);

        Assert.Multiple(() =>
        {
            Assert.That(messages.Take(4), Is.All.EqualTo("Correo o contraseña incorrectos."));
            Assert.That(messages[4], Is.EqualTo("Demasiados intentos fallidos. Espera 15 minutos e inténtalo de nuevo."));
            Assert.That(page.Errors, Is.EqualTo(new[] { "Demasiados intentos fallidos. Espera 15 minutos e inténtalo de nuevo." }));
            Assert.That(page.Find("#logout-submit"), Is.Null);
        });
    }

    [Test]
    public async Task RefusesUnconfirmedAccount()
    {
        const string password = "the-right-password";
        var email = await CreateAccountAsync(password, confirmed: false);

        var page = await (await LoginPage.OpenAsync(NewBrowser())).SignInAsync(email, password);

        Assert.That(page.Errors, Is.EqualTo(new[] { "Confirma tu correo antes de iniciar sesión: revisa tu bandeja de entrada." }));
    }

    [Test]
    public async Task SignsOut()
    {
        var admin = await SignedInAsAdminAsync();
        var home = await HomePage.OpenAsync(admin);

        var page = await home.Page.FormOf("logout-submit").SubmitAsync("logout-submit");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Find("#logout-submit"), Is.Null);
            Assert.That((await admin.GetAsync("/organize")).Find("#login-submit"), Is.Not.Null);
        });
    }

    private async Task<string> CreateAccountAsync(string password, bool confirmed)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountEntity>>();
        var result = await users.CreateAsync(new AccountEntity { UserName = email, Email = email, EmailConfirmed = confirmed }, password);
        Assert.That(result.Succeeded, Is.True);
        return email;
    }
}
