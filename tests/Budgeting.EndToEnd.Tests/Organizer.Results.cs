using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>One box (a district's ballot) in the preview of a tally: the titles funded and not funded, in the table's order.</summary>
public sealed record BoxPreview(IReadOnlyList<string> Funded, IReadOnlyList<string> Unfunded);

/// <summary>A tally as the organizer saw it on the "Escrutinio" tab: its SHA-256 and its preview, by box name.</summary>
public sealed record TallySnapshot(string Sha256, IReadOnlyDictionary<string, BoxPreview> Boxes);

/// <summary>The organizer's steps after voting: close it, tally with the default rule, publish the tally.</summary>
public sealed partial class Organizer
{
    /// <summary>Closes voting now (for three days) through the phase page's override, with a reason.</summary>
    public Task CloseVotingAsync(int processId, string reason) => OverridePhaseAsync(processId, ResultsText.PhaseClosed, reason);

    /// <summary>
    /// From any of the process's organizer pages, opens the "Escrutinio" tab, keeps the rule it proposes (the default
    /// for approval ballots), gives <paramref name="reason"/> and counts; returns the new snapshot and its preview.
    /// </summary>
    public async Task<TallySnapshot> TallyWithTheDefaultRuleAsync(int processId, string processName, string reason)
    {
        var page = Page;
        await SectionTabs().GetByRole(AriaRole.Link, new() { Name = ResultsText.OrganizeTab, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/organize/processes/{processId}/results$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(ResultsText.OrganizeTitleOf, processName));
        await Expect(page.Locator("#snapshots")).ToHaveCountAsync(0);

        var form = page.Locator("form#tally-form");
        await Expect(form.GetByLabel(ResultsText.Rule, new() { Exact = true })).ToHaveValueAsync(ResultsText.DefaultRule);
        await form.GetByLabel(ResultsText.Reason, new() { Exact = true }).FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = ResultsText.Tally, Exact = true }).ClickAsync();

        var tallied = new Regex("^" + Regex.Escape(VotingText.Fill(ResultsText.Tallied, "XXX")).Replace("XXX", "([0-9a-f]{64})") + "$");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(tallied);
        var sha256 = tallied.Match((await page.GetByRole(AriaRole.Status).TextContentAsync())!.Trim()).Groups[1].Value;

        var rows = page.Locator("#snapshots tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        var cells = rows.Locator("td");
        await Expect(cells.Nth(1)).ToHaveTextAsync(ResultsText.DefaultRule);
        await Expect(cells.Nth(2)).ToHaveTextAsync(reason);
        await Expect(cells.Nth(3).Locator("code.hash")).ToHaveTextAsync(sha256);
        await Expect(rows.GetByRole(AriaRole.Button, new() { Name = ResultsText.Publish, Exact = true })).ToBeVisibleAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = VotingText.Fill(ResultsText.Preview, ResultsText.DefaultRule), Exact = true }))
            .ToBeVisibleAsync();
        await VotingSteps.AssertNoSidewaysScrollingAsync(page);
        var boxes = new Dictionary<string, BoxPreview>(StringComparer.Ordinal);
        foreach (var box in await page.Locator("section.result-box").AllAsync())
        {
            var name = (await box.Locator("h3").TextContentAsync())!.Trim();
            boxes[name] = new BoxPreview(
                await Titles(box.Locator("tbody tr.funded")), await Titles(box.Locator("tbody tr.unfunded")));
        }
        return new TallySnapshot(sha256, boxes);

        static async Task<IReadOnlyList<string>> Titles(ILocator rows) =>
            (await rows.Locator("td:first-child").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
    }

    /// <summary>On the "Escrutinio" tab, publishes the snapshot with the given hash; nothing is left to tally or publish.</summary>
    public async Task PublishAsync(string sha256)
    {
        var page = Page;
        var row = page.Locator("#snapshots tbody tr", new() { Has = page.Locator("code.hash", new() { HasTextString = sha256 }) });
        await row.GetByRole(AriaRole.Button, new() { Name = ResultsText.Publish, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(ResultsText.Saved);
        await Expect(row.Locator("td").Last).ToHaveTextAsync(ResultsText.Published);
        await Expect(page.Locator("button.publish")).ToHaveCountAsync(0);
        await Expect(page.Locator("form#tally-form")).ToHaveCountAsync(0);
    }
}
