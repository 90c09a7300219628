using System.Globalization;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Tests.Infrastructure;
using Budgeting.Web.Tests.Pages.Eligibility;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Budgeting.Web.Tests.Hardening;

/// <summary>
/// Every log entry (every category at its most verbose, with scopes) written while a resident signs up with a census
/// identifier, confirms, signs in (once wrongly), votes, and another votes with a code: none holds the e-mail, the name,
/// the identifier, the code or a receipt.
/// </summary>
public sealed class NoPersonalDataInLogsTests : AppFixture
{
    private const string Password = "una frase bastante larga";

    private readonly LogCapture _logs = new();
    private WebApplicationFactory<Program> _host = null!;

    [OneTimeSetUp]
    public void StartLoggingHost() =>
        _host = App.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Default", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Debug")
            .UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information")
            .ConfigureLogging(l => l.AddProvider(_logs)));

    [OneTimeTearDown]
    public void StopLoggingHost() => _host.Dispose();

    [Test]
    public async Task NoPersonalDataReachesTheLogs()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.CensusOrCodes);
        using var admin = NewHostBrowser();
        await SignInAsync(admin, BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);
        var identifier = CensusImportTests.NewIdentifier();
        var imported = await (await EligibilityPage.OpenAsync(admin, process.Id)).ImportAsync($"clave_elector,colonia\n{identifier},Colonia Centro\n");
        Assert.That(imported.Errors, Is.Empty);
        var code = (await CodeVoting.IssueAsync(admin, process.Id, process.Home, 1)).Single();
        var email = $"rosa.{Guid.NewGuid():N}@correo.example";
        var name = "Rosa Quintanilla " + Guid.NewGuid().ToString("N")[..6];

        using var resident = NewHostBrowser();
        var registered = await (await resident.GetAsync("/account/register")).Form("register")
            .Set("Input.DisplayName", name).Set("Input.Email", email)
            .Set("Input.Password", Password).Set("Input.ConfirmPassword", Password)
            .Set("Input.DistrictId", process.Home.ToString(CultureInfo.InvariantCulture))
            .Set("Input.CensusIdentifier", identifier.ToLowerInvariant())
            .SubmitAsync("register-submit");
        Assert.That(registered.Url.AbsolutePath, Is.EqualTo("/account/login"), string.Join(" ", registered.Errors));
        await resident.GetAsync(ConfirmationLink(email).PathAndQuery);
        var wrong = await (await LoginPage.OpenAsync(resident)).SignInAsync(email, "not-the-password");
        Assert.That(wrong.Errors, Is.Not.Empty);
        await SignInAsync(resident, email, Password);
        var counted = await (await BallotPage.OpenAsync(resident, process.Id, process.HomeBox)).VoteAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        var receipt = counted.Find("#receipt")?.TextContent.Trim() ?? "";

        using var codeVoter = NewHostBrowser();
        var opened = await codeVoter.GetAsync("/c/" + Bare(code));
        var ballot = await opened.Form("code-form").SubmitAsync("code-submit");
        var codeCounted = await new BallotPage(ballot).VoteAsync(EligibilitySetup.Marks(process.HomeProjects[1]));
        var codeReceipt = codeCounted.Find("#receipt")?.TextContent.Trim() ?? "";

        var secrets = new[] { email, email.Split('@')[0], name, identifier, code, Bare(code), receipt, Bare(receipt), codeReceipt, Bare(codeReceipt) };
        var entries = _logs.Entries.ToList();
        var leaks = entries.SelectMany(e => secrets.Where(s => e.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{s} in: {e}")).ToList();
        leaks.ForEach(l => TestContext.Out.WriteLine("LEAK " + l));
        Assert.Multiple(() =>
        {
            Assert.That(counted.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(codeCounted.Heading, Is.EqualTo("Tu voto está contado"));
            Assert.That(receipt, Is.Not.Empty);
            Assert.That(codeReceipt, Is.Not.Empty);
            Assert.That(entries, Has.Count.GreaterThan(100), "the logs are captured");
            Assert.That(entries.Any(e => e.Contains("Microsoft.AspNetCore.Identity", StringComparison.Ordinal)), Is.True, "Identity's logs too");
            Assert.That(leaks, Is.Empty);
        });
    }

    private Browser NewHostBrowser() =>
        new(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), App.TwoFactorKeys);

    private static string Bare(string code) => code.Replace("-", "", StringComparison.Ordinal);

    private Uri ConfirmationLink(string email)
    {
        var message = Directory.GetFiles(App.MailFolder, "*.eml")
            .Select(File.ReadAllText)
            .Single(text => text.Contains($"To: {email}\r\n", StringComparison.Ordinal));
        return new Uri(message.Split("\r\n").Single(line => line.StartsWith("http", StringComparison.Ordinal)));
    }
}
