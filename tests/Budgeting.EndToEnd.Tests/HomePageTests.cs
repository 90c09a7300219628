using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

[TestFixture]
public sealed class HomePageTests
{
    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ListsTheDemoProcessInTheLanguageOfThePhone(string locale)
    {
        var text = UiText.For(locale);
        await using var phone = await Phone.OpenAsync(locale);
        var page = phone.Page;

        await phone.GoToAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", text.HtmlLang);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.HomeTitle);
        var card = page.Locator("#processes > li")
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = DemoProcess.Name, Exact = true }) });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync(text.DistrictCount);
        await Expect(card.Locator(".phase")).ToHaveTextAsync(text.PhaseVoting);
    }

    [Test]
    public async Task LoadsAndAppliesItsStylesheet()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish);
        var page = phone.Page;
        var stylesheets = new ConcurrentQueue<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "stylesheet")
            {
                stylesheets.Enqueue(response);
            }
        };

        await phone.GoToAsync("/");

        var siteCss = stylesheets.Where(r => new Uri(r.Url).AbsolutePath.StartsWith("/css/site", StringComparison.Ordinal)).ToList();
        Assert.That(siteCss, Has.Count.EqualTo(1),
            $"Stylesheets the page asked for: {string.Join(", ", stylesheets.Select(r => r.Url))}");
        var css = siteCss[0];
        var headers = await css.AllHeadersAsync();
        var body = await css.TextAsync();
        var encoding = headers.TryGetValue("content-encoding", out var e) ? e : "none";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(css.Status, Is.EqualTo(200), $"{css.Url} answered {css.Status}");
            Assert.That(body, Does.Contain(".brand"),
                $"{css.Url} answered {css.Status} with {body.Length} characters (Content-Encoding: {encoding}) instead of site.css");
        }
        // site.css makes the brand bold; a browser's default for a link is 400.
        var brandWeight = await page.Locator(".brand").EvaluateAsync<string>("e => getComputedStyle(e).fontWeight");
        Assert.That(brandWeight, Is.EqualTo("700"), "site.css is not applied to the page");
    }
}
