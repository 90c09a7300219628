using Budgeting.Core.Eligibility;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class TurnoutTests : AppFixture
{
    [Test]
    public async Task CountsVotersPerBoxAndChannelAndNeverWhatTheyChose()
    {
        var organizer = await SignedInWithRolesAsync(Roles.Organizer);
        var (a, b) = (await SignedInUserAsync([Roles.PollWorker]), await SignedInUserAsync([Roles.PollWorker]));
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.CensusOrCodes);
        var (online, onPaper) = (CensusImportTests.NewIdentifier(), CensusImportTests.NewIdentifier());
        await (await EligibilityPage.OpenAsync(organizer, process.Id))
            .ImportAsync($"curp,colonia\n{online},Colonia Centro\n{onPaper},Colonia Centro\n{CensusImportTests.NewIdentifier()},Colonia Norte\n");
        var codes = await CodeVoting.IssueAsync(organizer, process.Id, process.Home, 3);

        // Online with an account (census-matched) and with a code, in the district and the city-wide box.
        var resident = await SignedInUserAsync([]);
        await (await resident.Browser.GetAsync($"/processes/{process.Id}/verify")).Form("verify-form").Set("Identifier", online).SubmitAsync("verify-submit");
        await (await BallotPage.OpenAsync(resident.Browser, process.Id, process.HomeBox)).VoteAsync(EligibilitySetup.Marks(process.HomeProjects[0]));
        await (await BallotPage.OpenAsync(resident.Browser, process.Id, "city")).VoteAsync(EligibilitySetup.Marks(process.CityProjects[0]));
        var codeVoter = NewBrowser();
        await new BallotPage(await CodeVoting.RedeemAsync(codeVoter, codes[0])).VoteAsync(EligibilitySetup.Marks(process.HomeProjects[1]));
        await (await BallotPage.OpenAsync(codeVoter, process.Id, "city")).VoteAsync(EligibilitySetup.Marks(process.CityProjects[1]));
        // Two paper voters checked in, and their ballots keyed: valid, blank, spoiled, one awaiting its second entry, one disputed.
        await PollingPages.CheckInAsync(a.Browser, process.Id, codes[1]);
        await PollingPages.CheckInAsync(a.Browser, process.Id, onPaper);
        foreach (var (box, folio, kind, second) in new[]
                 {
                     (process.HomeBox, "1", "Valid", "same"), (process.HomeBox, "2", "Blank", "same"), (process.HomeBox, "3", "Spoiled", "same"),
                     (process.HomeBox, "4", "Valid", "none"), (process.HomeBox, "5", "Valid", "different"), ("city", "6", "Valid", "same"),
                 })
        {
            var marks = EligibilitySetup.Marks(box == "city" ? process.CityProjects[0] : process.HomeProjects[2]);
            await PollingPages.KeyAsync(a.Browser, process.Id, box, "C1", folio, kind, marks);
            if (second != "none")
            {
                await PollingPages.KeyAsync(b.Browser, process.Id, box, "C1", folio, kind,
                    second == "same" ? marks : EligibilitySetup.Marks(process.HomeProjects[0]));
            }
        }

        var page = await organizer.GetAsync($"/organize/processes/{process.Id}/turnout");

        var html = page.Document.DocumentElement.OuterHtml;
        Assert.Multiple(async () =>
        {
            Assert.That(Row(page, process.BoxKey(process.Home)), Is.EqualTo(new[] { "Colonia Centro", "1", "1", "1", "1 / 1", "5", "2" }));
            Assert.That(Row(page, process.BoxKey(null)), Is.EqualTo(new[] { "Toda la ciudad", "1", "1", "1", "0 / 0", "3", "2" }));
            Assert.That(page.Find($"#turnout tr[data-box='{process.BoxKey(process.Other)}']"), Is.Null);
            Assert.That(page.Texts("#turnout-total th, #turnout-total td"), Is.EqualTo(new[] { "Total", "2", "2", "2", "1 / 1", "8", "4" }));
            Assert.That(page.Find("#paper-pending")?.TextContent, Does.StartWith("Boletas en papel esperando segunda captura: 1. En revisión: 1."));
            Assert.That(page.Document.QuerySelectorAll("#registers tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()),
                Is.EqualTo(new[] { new[] { "Colonia Centro", "2", "1", "3" }, new[] { "Colonia Norte", "1", "0", "0" } }));
            Assert.That(page.Find("meta[http-equiv='refresh']"), Is.Not.Null, "the page refreshes itself while voting runs");
            foreach (var title in EligibilitySetup.HomeTitles.Concat(EligibilitySetup.OtherTitles).Concat(EligibilitySetup.CityTitles))
            {
                Assert.That(html, Does.Not.Contain(title), "no project is named during voting");
            }
            Assert.That(await VotingSetup.CountAsync(App, process.Id), Is.EqualTo((6, 8)),
                "4 online ballots and 2 counted valid paper ballots; 4 online and 4 paper participations");
        });
    }

    [Test]
    public async Task ShowsTheTurnoutInEnglish()
    {
        var organizer = await SignedInAsAdminAsync("en");
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes);
        var codes = await CodeVoting.IssueAsync(organizer, process.Id, process.Other, 1);
        await new BallotPage(await CodeVoting.RedeemAsync(NewBrowser(), codes[0])).VoteAsync(EligibilitySetup.Marks(process.OtherProjects[0]));

        var page = await organizer.GetAsync($"/organize/processes/{process.Id}/turnout");

        Assert.Multiple(() =>
        {
            Assert.That(page.Heading, Does.StartWith("Turnout: Proceso "));
            Assert.That(page.Texts("#turnout thead th"), Is.EqualTo(new[]
            {
                "Ballot", "Online with an account", "With a code", "On paper (counted)", "Blank / spoiled", "Total", "Checked in at polling stations",
            }));
            Assert.That(Row(page, process.BoxKey(process.Other)), Is.EqualTo(new[] { "Colonia Norte", "0", "1", "0", "0 / 0", "1", "0" }));
        });
    }

    private static string[] Row(WebPage page, string boxKey) =>
        page.Document.QuerySelector($"#turnout tr[data-box='{boxKey}']")?.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray() ?? [];
}
