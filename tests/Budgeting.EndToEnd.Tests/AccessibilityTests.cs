using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Budgeting.EndToEnd.Tests;

/// <summary>axe-core, with its default rules, on each public page in each language on the phone.</summary>
[TestFixture]
public sealed class AccessibilityTests
{
    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task HomePageHasNoAccessibilityViolations(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);

        await phone.GoToAsync("/");

        await AssertNoViolationsAsync(phone.Page);
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ProcessPageHasNoAccessibilityViolations(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);

        await phone.GoToDemoProcessAsync();

        await AssertNoViolationsAsync(phone.Page);
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task SignInPageHasNoAccessibilityViolations(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);

        await phone.GoToAsync("/account/login");

        await AssertNoViolationsAsync(phone.Page);
    }

    [Test]
    public async Task TwoStepSetUpPageHasNoAccessibilityViolations()
    {
        await using var organizer = await Organizer.SignInAsync();

        await organizer.Page.GotoAsync("/account/two-factor");

        await AssertNoViolationsAsync(organizer.Page);
    }

    internal static async Task AssertNoViolationsAsync(IPage page)
    {
        // Only violations come back: passes and incomplete results are large and nothing reads them.
        AxeResult result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });

        Assert.That(result.Violations.Select(v => v.Id), Is.Empty,
            $"axe-core found violations on {page.Url}:\n" + string.Join("\n", result.Violations.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]\n    at "
        + string.Join("\n    at ", violation.Nodes.Select(n => $"{n.Target} {n.Html}"));
}
