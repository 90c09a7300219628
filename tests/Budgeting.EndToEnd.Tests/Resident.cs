using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>A new resident's account, unique to one test (tests run side by side against one app).</summary>
public sealed record TestResident(string Name, string Email, string Password)
{
    public static TestResident New()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return new TestResident($"Rosa Prueba {tag}", $"vecina-{tag}@e2e.local", "una frase larga para entrar");
    }
}

/// <summary>What a resident types into the proposal form.</summary>
public sealed record TestProposal(string Title, string Description, string EstimatedCost, string Location)
{
    public static readonly TestProposal Sidewalk = new(
        Title: "Rampas y banqueta nueva frente al mercado",
        Description: "La banqueta frente al mercado está rota y no tiene rampas.\n"
            + "Proponemos rehacer 120 m con rampas para sillas de ruedas y carriolas.",
        EstimatedCost: "180000",
        Location: "Calle Pino, frente al mercado");

    /// <summary><see cref="EstimatedCost"/> as the pages write it in es-MX and en.</summary>
    public const string EstimatedCostShown = "180,000.00 MXN";
}

/// <summary>The steps a resident takes on the phone: sign up, confirm the e-mail, sign in, fill the proposal form.</summary>
public static partial class Residents
{
    /// <summary>
    /// Signs up on /account/register living in <paramref name="district"/>, and opens the link the app e-mails; on the
    /// shared app unless <paramref name="app"/> names the one the phone opens.
    /// </summary>
    public static async Task SignUpAndConfirmAsync(
        PhonePage phone, ProposalText text, TestResident resident, string district, AppServer? app = null)
    {
        app ??= EndToEndSetUp.App;
        var page = phone.Page;
        var ui = UiText.For(text.Locale);
        await phone.GoToAsync("/account/register");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.RegisterTitle);
        var form = page.Locator("form#register");
        await form.GetByLabel(text.DisplayName, new() { Exact = true }).FillAsync(resident.Name);
        await form.GetByLabel(ui.Email, new() { Exact = true }).FillAsync(resident.Email);
        await form.GetByLabel(text.YourDistrict, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = district });
        await form.GetByLabel(ui.Password, new() { Exact = true }).FillAsync(resident.Password);
        await form.GetByLabel(text.RepeatPassword, new() { Exact = true }).FillAsync(resident.Password);
        await form.GetByRole(AriaRole.Button, new() { Name = text.RegisterSubmit, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(ProposalText.Fill(text.CheckEmail, resident.Email));

        var link = await Mailbox.WaitForConfirmationLinkAsync(resident.Email, app);
        Assert.That(link, Does.StartWith(app.BaseAddress.ToString()), "the confirmation link leads elsewhere");
        await phone.GoToAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.ConfirmTitle);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(text.ConfirmDone);
    }

    /// <summary>From the e-mail confirmation page, follows its sign-in link and signs in; ends on the home page.</summary>
    public static async Task SignInFromConfirmationAsync(IPage page, ProposalText text, TestResident resident)
    {
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = text.SignInLink, Exact = true }).ClickAsync();
        await SignInTests.SubmitSignInFormAsync(page, UiText.For(text.Locale), resident.Email, resident.Password);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = text.MyProposals, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Fills the proposal form on the current page; the ballot is expected to be preselected.</summary>
    public static async Task FillProposalFormAsync(IPage page, ProposalText text, TestProposal proposal, TestProcess process, string? photo)
    {
        var form = ProposalForm(page);
        await form.GetByLabel(text.ProposalTitle, new() { Exact = true }).FillAsync(proposal.Title);
        await form.GetByLabel(text.Description, new() { Exact = true }).FillAsync(proposal.Description);
        // The district the resident gave at sign-up is already chosen.
        await Expect(form.GetByLabel(text.Ballot, new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(process.District);
        await form.GetByLabel(text.Category, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = process.Category });
        await form.GetByLabel(text.EstimatedCostInput, new() { Exact = true }).FillAsync(proposal.EstimatedCost);
        await form.GetByLabel(text.Location, new() { Exact = true }).FillAsync(proposal.Location);
        if (photo is not null)
        {
            await form.GetByLabel(text.Photo, new() { Exact = true }).SetInputFilesAsync(photo);
        }
    }

    /// <summary>Sends the proposal form and returns the new proposal's id from the page it leads to.</summary>
    public static async Task<int> SendProposalAsync(IPage page, ProposalText text)
    {
        await ProposalForm(page).GetByRole(AriaRole.Button, new() { Name = text.Send, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ProposalPage());
        return int.Parse(ProposalPage().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static ILocator ProposalForm(IPage page) => page.Locator("form#proposal-form");

    /// <summary>The proposal page's fact with the given term, e.g. "Costo estimado".</summary>
    public static ILocator Fact(IPage page, string term) =>
        page.Locator($"xpath=//dl[@id='proposal-facts']/dt[normalize-space(.)='{term}']/following-sibling::dd[1]");

    /// <summary>
    /// The proposal page's photo has loaded in the browser at the uploaded size, and the app serves it as a JPEG
    /// (it re-encodes every photo).
    /// </summary>
    public static async Task AssertPhotoShownAsync(PhonePage phone, ProposalText text, string title)
    {
        var photo = phone.Page.GetByRole(AriaRole.Img, new() { Name = ProposalText.Fill(text.PhotoAlt, title), Exact = true });
        await photo.ScrollIntoViewIfNeededAsync();
        await Expect(photo).ToHaveJSPropertyAsync("naturalWidth", TestPhoto.Width);
        await Expect(photo).ToHaveJSPropertyAsync("naturalHeight", TestPhoto.Height);
        var source = await photo.GetAttributeAsync("src");
        Assert.That(source, Does.Match("^/photos/[0-9a-f]{32}\\.jpg$"));
        var response = await phone.Context.APIRequest.GetAsync(source!);
        var body = await response.BodyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(200), $"GET {source}");
            Assert.That(response.Headers["content-type"], Is.EqualTo("image/jpeg"));
            Assert.That(body.Take(3), Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }), "the photo is not a JPEG");
        }
    }

    [GeneratedRegex(@"/proposals/(\d+)$")]
    private static partial Regex ProposalPage();
}
