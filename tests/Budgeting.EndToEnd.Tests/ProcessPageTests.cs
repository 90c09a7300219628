using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

[TestFixture]
public sealed class ProcessPageTests
{
    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ShowsItsDistrictsWithBudgetsInMexicanPesos(string locale)
    {
        var text = UiText.For(locale);
        await using var phone = await Phone.OpenAsync(locale);
        var page = phone.Page;

        await phone.GoToDemoProcessAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoProcess.Name);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = text.DistrictsHeading, Exact = true }))
            .ToBeVisibleAsync();
        var table = page.Locator("table#districts");
        await Expect(table.Locator("thead th")).ToHaveTextAsync([text.DistrictColumn, text.BudgetColumn]);
        await Expect(table.Locator("tbody tr > :nth-child(1)")).ToHaveTextAsync(DemoProcess.Districts.Select(d => d.Name));
        await Expect(table.Locator("tbody tr > :nth-child(2)")).ToHaveTextAsync(DemoProcess.Districts.Select(d => d.Budget));
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ShowsTheTimelineWithItsDatesAndTheCurrentPhaseMarked(string locale)
    {
        var text = UiText.For(locale);
        var culture = CultureInfo.GetCultureInfo(text.HtmlLang);
        await using var phone = await Phone.OpenAsync(locale);
        var page = phone.Page;

        await phone.GoToDemoProcessAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = text.TimelineHeading, Exact = true }))
            .ToBeVisibleAsync();
        var phases = page.Locator("ol#phases > li");
        await Expect(phases.Locator("strong")).ToHaveTextAsync(text.TimelinePhases);
        await Expect(page.Locator("ol#phases > li[aria-current='step'] strong")).ToHaveTextAsync(text.PhaseVoting);

        // Each phase shows "from <date and time>" in the process's time zone, written the way the language writes "f".
        var shown = await phases.Locator("span").AllTextContentsAsync();
        var pattern = culture.DateTimeFormat.LongDatePattern + " " + culture.DateTimeFormat.ShortTimePattern;
        var starts = new List<DateTime>();
        foreach (var line in shown)
        {
            Assert.That(line, Does.StartWith(text.From));
            var date = line[text.From.Length..];
            Assert.That(DateTime.TryParseExact(date, pattern, culture, DateTimeStyles.None, out var start), Is.True,
                $"\"{date}\" is not a {culture.Name} date written as \"{pattern}\".");
            starts.Add(start);
        }
        var expected = DemoProcess.PhaseStarts;
        Assert.That(starts, Has.Count.EqualTo(expected.Length));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < starts.Count; i++)
            {
                Assert.That(starts[i].Hour, Is.EqualTo(expected[i].Hour), $"start hour of {text.TimelinePhases[i]}");
                Assert.That((starts[i].Date - starts[0].Date).Days, Is.EqualTo(expected[i].Day - expected[0].Day),
                    $"days from the first phase to {text.TimelinePhases[i]}");
            }
        });
    }
}
