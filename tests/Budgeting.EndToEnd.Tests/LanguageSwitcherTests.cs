using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

[TestFixture]
public sealed class LanguageSwitcherTests
{
    [Test]
    public async Task ClickingEnglishSwitchesToEnglishAndTheChoiceIsRememberedOnTheNextPage()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish);
        var page = phone.Page;
        await phone.GoToAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.Spanish.HomeTitle);

        await page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.English.HomeTitle);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", UiText.English.HtmlLang);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }))
            .ToHaveAttributeAsync("aria-pressed", "true");

        // The phone still asks for Spanish (Accept-Language: es-MX); the remembered choice wins on the next page.
        await page.GetByRole(AriaRole.Link, new() { Name = DemoProcess.Name, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = UiText.English.DistrictsHeading, Exact = true }))
            .ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", UiText.English.HtmlLang);
    }

    [Test]
    public async Task ClickingEspañolSwitchesAnEnglishPhoneToSpanishAndStaysOnThePage()
    {
        await using var phone = await Phone.OpenAsync(Phone.English);
        var page = phone.Page;
        await phone.GoToDemoProcessAsync();
        var processUrl = page.Url;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", UiText.English.HtmlLang);

        await page.GetByRole(AriaRole.Button, new() { Name = "Español", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = UiText.Spanish.DistrictsHeading, Exact = true }))
            .ToBeVisibleAsync();
        Assert.That(page.Url, Is.EqualTo(processUrl));
        await phone.GoToAsync("/account/login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.Spanish.SignInTitle);
    }
}
