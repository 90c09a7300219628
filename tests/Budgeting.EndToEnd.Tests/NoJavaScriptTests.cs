using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>The design promises every page works without JavaScript; these phones have it turned off.</summary>
[TestFixture]
public sealed class NoJavaScriptTests
{
    [Test]
    public async Task HomePageListsTheProcessesWithJavaScriptOff()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, javaScriptEnabled: false);
        var page = phone.Page;

        await phone.GoToAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.Spanish.HomeTitle);
        await Expect(page.Locator("#processes").GetByRole(AriaRole.Link, new() { Name = DemoProcess.Name, Exact = true }))
            .ToBeVisibleAsync();
    }

    [Test]
    public async Task ProcessPageShowsItsDistrictsWithJavaScriptOff()
    {
        await using var phone = await Phone.OpenAsync(Phone.English, javaScriptEnabled: false);
        var page = phone.Page;

        await phone.GoToDemoProcessAsync();

        await Expect(page.Locator("table#districts tbody tr > :nth-child(2)"))
            .ToHaveTextAsync(DemoProcess.Districts.Select(d => d.Budget));
    }

    [Test]
    public async Task LanguageButtonsWorkWithJavaScriptOff()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, javaScriptEnabled: false);
        var page = phone.Page;
        await phone.GoToAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.English.HomeTitle);
    }

    [Test]
    public async Task DemoOrganizerCanSignInWithJavaScriptOff()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, javaScriptEnabled: false);
        var page = phone.Page;
        await phone.GoToAsync("/organize");

        await SignInTests.SubmitSignInFormAsync(page, UiText.Spanish, DemoProcess.OrganizerEmail, AppServer.DemoPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.Spanish.OrganizeTitle);
    }
}
