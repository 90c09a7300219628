using System.Net;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Hardening;

public sealed class TwoFactorTests : AppFixture
{
    private const string Password = "a-long-password-1";
    private const string WrongCodeEs = "El código no es correcto o ya caducó. Revisa la hora de tu teléfono y escribe el código que muestra ahora.";
    private const string WrongCodeEn = "The code is not right or has expired. Check the time on your phone and type the code it shows now.";

    [Test]
    public async Task StaffSetsItUpWithTheAppAndThenSignsInWithACode()
    {
        var email = await CreateAccountAsync(Roles.Organizer);
        var browser = NewBrowser();
        await SignInAsync(browser, email, Password);
        var setup = await browser.GetAsync("/account/two-factor");
        var key = setup.Find("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

        var refused = await setup.Form("two-factor-setup").Set("Code", WrongCode(key)).SubmitAsync("two-factor-setup-submit");
        var enabledAfterRefusal = await TwoFactorEnabledAsync(email);
        var on = await refused.Form("two-factor-setup").Set("Code", Totp.Now(key)).SubmitAsync("two-factor-setup-submit");
        var recoveryCodes = on.Texts("#recovery-codes code");
        var secondBrowser = NewBrowser();
        var secondStep = await (await LoginPage.OpenAsync(secondBrowser, "/organize")).SignInAsync(email, Password);
        var signedIn = await secondStep.Form("two-factor").Set("Input.Code", Totp.Now(key)).SubmitAsync("two-factor-submit");

        Assert.Multiple(async () =>
        {
            Assert.That(setup.Find(".qr svg path"), Is.Not.Null, "the QR code, as inline SVG");
            Assert.That(key, Does.Match("^[a-z2-7]{32}$"));
            Assert.That(refused.FieldError("Code"), Is.EqualTo(WrongCodeEs));
            Assert.That(enabledAfterRefusal, Is.False);
            Assert.That(on.Find("#recovery-codes [role=status]")?.TextContent, Is.EqualTo("La verificación en dos pasos está activada."));
            Assert.That(recoveryCodes, Has.Count.EqualTo(10).And.Unique);
            Assert.That(await TwoFactorEnabledAsync(email), Is.True);
            Assert.That(secondStep.Url.AbsolutePath, Is.EqualTo("/account/login-2fa"));
            Assert.That(secondStep.Find("#logout-submit"), Is.Null, "the password alone does not sign in");
            Assert.That(signedIn.Url.AbsolutePath, Is.EqualTo("/organize"), "back to where the sign-in started");
            Assert.That(signedIn.Find("#logout-submit"), Is.Not.Null);
            Assert.That((await browser.GetAsync("/account/two-factor")).Find("#two-factor-status")?.TextContent.Trim(),
                Is.EqualTo("La verificación en dos pasos está activada. Te quedan 10 códigos de recuperación."));
        });
    }

    [TestCase("es-MX", WrongCodeEs)]
    [TestCase("en", WrongCodeEn)]
    public async Task RefusesAWrongCodeAtSignInInTheVoterLanguage(string language, string message)
    {
        var (email, key, _) = await AccountWithTwoFactorAsync(Roles.Reviewer);
        var browser = NewBrowser(language);
        var secondStep = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, Password);

        var refused = await secondStep.Form("two-factor").Set("Input.Code", WrongCode(key)).SubmitAsync("two-factor-submit");
        var organize = await browser.GetAsync("/organize");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Errors, Is.EqualTo(new[] { message }));
            Assert.That(refused.Find("#logout-submit"), Is.Null);
            Assert.That(organize.Find("#login-submit"), Is.Not.Null, "still signed out");
        });
    }

    [Test]
    public async Task ARecoveryCodeSignsInOnce()
    {
        var (email, _, recoveryCodes) = await AccountWithTwoFactorAsync(Roles.PollWorker);
        var typedLoosely = recoveryCodes[3].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();

        var first = await (await (await LoginPage.OpenAsync(NewBrowser())).SignInAsync(email, Password))
            .Form("two-factor").Set("Input.Code", typedLoosely).SubmitAsync("two-factor-submit");
        var again = await (await (await LoginPage.OpenAsync(NewBrowser())).SignInAsync(email, Password))
            .Form("two-factor").Set("Input.Code", recoveryCodes[3]).SubmitAsync("two-factor-submit");

        Assert.Multiple(() =>
        {
            Assert.That(first.Find("#logout-submit"), Is.Not.Null);
            Assert.That(again.Find("#logout-submit"), Is.Null);
            Assert.That(again.Errors, Is.EqualTo(new[] { WrongCodeEs }));
        });
    }

    [Test]
    public async Task AnAdminWithoutItIsSentToSetItUpBeforeAnyAdminPage()
    {
        var email = await CreateAccountAsync(Roles.Admin);
        var browser = NewBrowser();
        await SignInAsync(browser, email, Password);

        var organize = await browser.GetAsync("/organize");
        var setup = await browser.GetAsync("/admin/audit");
        var redirects = browser.Redirects.ToList();
        var key = setup.Find("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var on = await setup.Form("two-factor-setup").Set("Code", Totp.Now(key)).SubmitAsync("two-factor-setup-submit");
        var audit = await browser.GetAsync(on.Find("#two-factor-continue")!.GetAttribute("href")!);

        Assert.Multiple(() =>
        {
            Assert.That(organize.Status, Is.EqualTo(HttpStatusCode.OK), "other pages do not require it");
            Assert.That(redirects.Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/account/two-factor?returnUrl=%2Fadmin%2Faudit" }));
            Assert.That(setup.Find("#two-factor-status")?.TextContent.Trim(), Does.StartWith("Las cuentas de administración entran en dos pasos"));
            Assert.That(audit.Url.AbsolutePath, Is.EqualTo("/admin/audit"));
            Assert.That(audit.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task TurningItOffSignsInWithThePasswordAlone()
    {
        var (email, _, _) = await AccountWithTwoFactorAsync(Roles.Organizer);
        var browser = NewBrowser();
        var secondStep = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, Password);
        var signedIn = await secondStep.Form("two-factor").Set("Input.Code", Totp.Now((await KeyAsync(email))!)).SubmitAsync("two-factor-submit");
        Assert.That(signedIn.Find("#logout-submit"), Is.Not.Null);

        var off = await (await browser.GetAsync("/account/two-factor")).Form("two-factor-disable").SubmitAsync("two-factor-disable-submit");
        var later = await (await LoginPage.OpenAsync(NewBrowser())).SignInAsync(email, Password);

        Assert.Multiple(async () =>
        {
            Assert.That(off.StatusMessage, Is.EqualTo("La verificación en dos pasos está desactivada."));
            Assert.That(await TwoFactorEnabledAsync(email), Is.False);
            Assert.That(later.Find("#logout-submit"), Is.Not.Null);
        });
    }

    [Test]
    public async Task TheSecondStepWithoutAPendingSignInGoesBackToTheSignInPage()
    {
        var browser = NewBrowser();

        var page = await browser.GetAsync("/account/login-2fa");

        Assert.That(page.Url.AbsolutePath, Is.EqualTo("/account/login"));
    }

    /// <summary>A six-digit code no authenticator shows for <paramref name="key"/> around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-4, 9).Select(step => Totp.At(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 100).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    /// <summary>An account set up through the two-factor page; returns its e-mail, key and recovery codes.</summary>
    private async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> AccountWithTwoFactorAsync(string role)
    {
        var email = await CreateAccountAsync(role);
        var browser = NewBrowser();
        await SignInAsync(browser, email, Password);
        var setup = await browser.GetAsync("/account/two-factor");
        var key = setup.Find("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var on = await setup.Form("two-factor-setup").Set("Code", Totp.Now(key)).SubmitAsync("two-factor-setup-submit");
        var codes = on.Texts("#recovery-codes code");
        Assert.That(codes, Has.Count.EqualTo(10), string.Join(" ", on.Errors));
        return (email, key, codes);
    }

    private async Task<string> CreateAccountAsync(string role)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Staff " + email[..6] };
        Assert.That((await users.CreateAsync(account, Password)).Succeeded, Is.True);
        await users.AddToRoleAsync(account, role);
        return email;
    }

    private async Task<bool> TwoFactorEnabledAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        return await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<string?> KeyAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
    }
}
