using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

[TestFixture]
public sealed class SignInTests
{
    [Test]
    public async Task DemoOrganizerSignsInThroughTheFormAndReachesOrganize()
    {
        var text = UiText.Spanish;
        await using var phone = await Phone.OpenAsync(text.Locale);
        var page = phone.Page;
        await phone.GoToAsync("/organize");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Forganize$", RegexOptions.IgnoreCase));

        await SubmitSignInFormAsync(page, text, DemoProcess.OrganizerEmail, AppServer.DemoPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/organize$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.OrganizeTitle);
        await Expect(page.Locator("#organize-processes").GetByRole(AriaRole.Link, new() { Name = DemoProcess.Name, Exact = true }))
            .ToBeVisibleAsync();
        var navigation = page.GetByRole(AriaRole.Navigation);
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = text.OrganizeNav, Exact = true })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Button, new() { Name = text.SignOut, Exact = true })).ToBeVisibleAsync();
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task UnknownAccountStaysOnTheSignInPageWithAMessage(string locale)
    {
        var text = UiText.For(locale);
        await using var phone = await Phone.OpenAsync(locale);
        var page = phone.Page;
        await phone.GoToAsync("/organize");

        await SubmitSignInFormAsync(page, text, "nobody@demo.local", AppServer.DemoPassword);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(text.SignInFailed);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.SignInTitle);
    }

    internal static async Task SubmitSignInFormAsync(IPage page, UiText text, string email, string password)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.SignInTitle);
        var form = page.Locator("form#account");
        await form.GetByLabel(text.Email, new() { Exact = true }).FillAsync(email);
        await form.GetByLabel(text.Password, new() { Exact = true }).FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = text.SignInSubmit, Exact = true }).ClickAsync();
    }
}
