using AngleSharp.Html.Dom;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class RegisterResidencyTests : AppFixture
{
    private const string Password = "una frase larga";

    private string _openProcess = "";
    private int _openProcessId;
    private string _closedProcess = "";

    [OneTimeSetUp]
    public async Task CreateOpenAndClosedProcesses()
    {
        var admin = await SignedInAsAdminAsync();
        _openProcessId = await CreateProcessInProposalsAsync(admin, ["Parques"], ("Coyoacán", "1000"), ("Tlalpan", "1000"));
        var closedId = await CreateProcessInProposalsAsync(admin, ["Parques"], ("Xochimilco", "1000"));
        await MoveToPhaseAsync(admin, closedId, "Closed");
        _openProcess = await DbAsync(db => db.Processes.Where(p => p.Id == _openProcessId).Select(p => p.Name).SingleAsync());
        _closedProcess = await DbAsync(db => db.Processes.Where(p => p.Id == closedId).Select(p => p.Name).SingleAsync());
    }

    [Test]
    public async Task OffersTheDistrictsOfOpenProcessesOnly()
    {
        var page = await RegisterPage.OpenAsync(NewBrowser());

        var groups = page.Page.Document.QuerySelectorAll("select[name='Input.DistrictId'] optgroup")
            .ToDictionary(g => g.GetAttribute("label")!, g => g.QuerySelectorAll("option").Select(o => o.TextContent.Trim()).ToList());
        Assert.Multiple(() =>
        {
            Assert.That(groups[_openProcess], Is.EqualTo(new[] { "Coyoacán", "Tlalpan" }));
            Assert.That(groups.Keys, Does.Not.Contain(_closedProcess));
        });
    }

    [Test]
    public async Task RequiresADistrictWhileAProcessIsOpen()
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        var page = await RegisterPage.OpenAsync(NewBrowser());

        var after = await page.Page.Form("register").Set("Input.DisplayName", "Rosa").Set("Input.Email", email)
            .Set("Input.Password", Password).Set("Input.ConfirmPassword", Password).Set("Input.DistrictId", "")
            .SubmitAsync("register-submit");

        Assert.Multiple(async () =>
        {
            Assert.That(after.FieldError("Input.DistrictId"), Is.EqualTo("Elige «Tu colonia, pueblo o barrio»."));
            Assert.That(await DbAsync(db => db.Users.CountAsync(u => u.Email == email)), Is.Zero);
        });
    }

    [Test]
    public async Task StoresTheResidencyThatTheProposePagePreselects()
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        var browser = NewBrowser();
        var page = await RegisterPage.OpenAsync(browser);
        var tlalpan = await DistrictIdAsync(_openProcessId, "Tlalpan");

        await page.Page.Form("register").Set("Input.DisplayName", "Rosa").Set("Input.Email", email)
            .Set("Input.Password", Password).Set("Input.ConfirmPassword", Password)
            .Set("Input.DistrictId", tlalpan.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SubmitAsync("register-submit");
        await browser.GetAsync(ConfirmationLink(email).PathAndQuery);
        await SignInAsync(browser, email, Password);
        var propose = await ProposalFormPage.OpenProposeAsync(browser, _openProcessId);

        var residency = await DbAsync(db => db.Residencies.Join(db.Users.Where(u => u.Email == email), r => r.AccountId, u => u.Id, (r, _) => r)
            .Select(r => new { r.ProcessId, r.DistrictId }).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(residency.Select(r => (r.ProcessId, r.DistrictId)), Is.EqualTo(new[] { (_openProcessId, tlalpan) }));
            Assert.That(propose.SelectedBallot, Is.EqualTo("Tlalpan"));
        });
    }

    [Test]
    public async Task RefusesADistrictOfAClosedProcess()
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        var closedDistrict = await DbAsync(db => db.Districts.Where(d => d.Name == "Xochimilco").Select(d => d.Id).SingleAsync());
        var page = await RegisterPage.OpenAsync(NewBrowser());

        var after = await page.Page.Form("register").Set("Input.DisplayName", "Rosa").Set("Input.Email", email)
            .Set("Input.Password", Password).Set("Input.ConfirmPassword", Password)
            .Set("Input.DistrictId", closedDistrict.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SubmitAsync("register-submit");

        Assert.Multiple(async () =>
        {
            Assert.That(after.FieldError("Input.DistrictId"), Is.EqualTo("Elige «Tu colonia, pueblo o barrio»."));
            Assert.That(await DbAsync(db => db.Users.CountAsync(u => u.Email == email)), Is.Zero);
        });
    }

    private Uri ConfirmationLink(string email)
    {
        var message = Directory.GetFiles(App.MailFolder, "*.eml").Select(File.ReadAllText)
            .Single(text => text.Contains($"To: {email}\r\n", StringComparison.Ordinal));
        return new Uri(message.Split("\r\n").Single(line => line.StartsWith("http", StringComparison.Ordinal)));
    }
}
