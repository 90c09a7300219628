using Budgeting.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AccountEntity = Budgeting.Web.Data.Account;

namespace Budgeting.Web.Tests.Pages.Account;

public sealed class RegisterTests : AppFixture
{
    private const string Password = "una frase larga";

    [Test]
    public async Task SendsConfirmationEmailWhoseLinkConfirmsTheAccount()
    {
        var browser = NewBrowser();
        var email = $"{Guid.NewGuid():N}@test.local";

        var afterRegister = await (await RegisterPage.OpenAsync(browser)).SubmitAsync("Rosa Hernández", email, Password);
        var beforeConfirming = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, Password);
        var confirmed = await browser.GetAsync(ConfirmationLink(email).PathAndQuery);
        var signedIn = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, Password);

        Assert.Multiple(() =>
        {
            Assert.That(afterRegister.Url.AbsolutePath, Is.EqualTo("/account/login"));
            Assert.That(afterRegister.StatusMessage, Is.EqualTo($"Te enviamos un enlace a {email}. Ábrelo para confirmar tu cuenta."));
            Assert.That(beforeConfirming.Errors, Does.Contain("Confirma tu correo antes de iniciar sesión: revisa tu bandeja de entrada."));
            Assert.That(confirmed.Find("p[role='status']")?.TextContent.Trim(),
                Is.EqualTo("¡Listo! Tu correo está confirmado; ya puedes iniciar sesión."));
            Assert.That(signedIn.Find("#logout-submit"), Is.Not.Null);
        });
    }

    [Test]
    public async Task MakesTheNewAccountAResident()
    {
        var email = $"{Guid.NewGuid():N}@test.local";

        await (await RegisterPage.OpenAsync(NewBrowser())).SubmitAsync("Jorge", email, Password);

        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountEntity>>();
        var account = await users.FindByEmailAsync(email);
        Assert.That(await users.GetRolesAsync(account!), Is.EqualTo(new[] { "Resident" }));
    }

    [Test]
    public async Task RefusesTamperedConfirmationLink()
    {
        var browser = NewBrowser();
        var email = $"{Guid.NewGuid():N}@test.local";
        await (await RegisterPage.OpenAsync(browser)).SubmitAsync("Marta", email, Password);
        var link = ConfirmationLink(email);

        var page = await browser.GetAsync(link.PathAndQuery.Replace("code=", "code=AAAA", StringComparison.Ordinal));

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(System.Net.HttpStatusCode.BadRequest));
            Assert.That(page.Find("p[role='status']")?.TextContent.Trim(), Is.EqualTo("El enlace de confirmación no es válido o ya caducó."));
            Assert.That(await DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()), Is.False);
        });
    }

    [TestCase("", "new", Password, Password, "Falta completar «Nombre».")]
    [TestCase("Ana", "", Password, Password, "Falta completar «Correo electrónico».")]
    [TestCase("Ana", "not-an-email", Password, Password, "Escribe un correo electrónico válido.")]
    [TestCase("Ana", "new", "", "", "Falta completar «Contraseña».")]
    [TestCase("Ana", "new", "corta", "corta", "La contraseña debe tener al menos 10 caracteres.")]
    [TestCase("Ana", "new", Password, "otra frase larga", "Las contraseñas no coinciden.")]
    [TestCase("@121", "new", Password, Password, "Nombre: máximo 120 caracteres.")]
    [TestCase("Ana", BudgetingApp.AdminEmail, Password, Password, "Ya hay una cuenta con el correo admin@test.local.")]
    public async Task RefusesBadRegistrationAndCreatesNothing(string name, string email, string password, string confirm, string message)
    {
        var typedEmail = email == "new" ? $"{Guid.NewGuid():N}@test.local" : email;
        var accounts = await DbAsync(db => db.Users.CountAsync());
        var mails = MailCount();

        var page = await (await RegisterPage.OpenAsync(NewBrowser())).SubmitAsync(Typed(name), typedEmail, password, confirm);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Url.AbsolutePath, Is.EqualTo("/account/register"));
            Assert.That(page.Errors, Does.Contain(message));
            Assert.That(await DbAsync(db => db.Users.CountAsync()), Is.EqualTo(accounts));
            Assert.That(MailCount(), Is.EqualTo(mails));
        });
    }

    private int MailCount() => Directory.Exists(App.MailFolder) ? Directory.GetFiles(App.MailFolder, "*.eml").Length : 0;

    private Uri ConfirmationLink(string email)
    {
        var message = Directory.GetFiles(App.MailFolder, "*.eml")
            .Select(File.ReadAllText)
            .Single(text => text.Contains($"To: {email}\r\n", StringComparison.Ordinal));
        var link = message.Split("\r\n").Single(line => line.StartsWith("http", StringComparison.Ordinal));
        return new Uri(link);
    }
}
