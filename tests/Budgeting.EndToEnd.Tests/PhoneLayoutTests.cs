using Microsoft.Playwright;

namespace Budgeting.EndToEnd.Tests;

[TestFixture]
public sealed class PhoneLayoutTests
{
    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task HomePageFitsA360PixelScreenWithoutSidewaysScrolling(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);

        await phone.GoToAsync("/");

        await AssertNoSidewaysScrollingAsync(phone.Page);
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ProcessPageFitsA360PixelScreenWithoutSidewaysScrolling(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);

        await phone.GoToDemoProcessAsync();

        await AssertNoSidewaysScrollingAsync(phone.Page);
    }

    private static async Task AssertNoSidewaysScrollingAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [window.innerWidth, document.documentElement.clientWidth, document.documentElement.scrollWidth]");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(widths[0], Is.EqualTo(Phone.Width), "the window is not phone-wide (viewport emulation)");
            Assert.That(widths[1], Is.EqualTo(Phone.Width), "the layout viewport is not phone-wide (viewport meta)");
            Assert.That(widths[2], Is.LessThanOrEqualTo(Phone.Width),
                $"the page is {widths[2]} px wide on a {Phone.Width} px screen, so it scrolls sideways");
        }
    }
}
