using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Budgeting.Core.Results;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Results;

public sealed class TallyAndPublishTests : AppFixture
{
    // Home projects cost $1,000 … $5,000 of a $10,000 budget; three voters choose by index.
    private async Task<VotingProcess> VotedAsync()
    {
        var process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1 max=3"));
        foreach (var choices in new[] { "0:1,4:1", "4:1,2:1", "4:1" })
        {
            var voter = await SignedInUserAsync([], process.Home);
            await (await BallotPage.OpenAsync(voter.Browser, process.Id, process.HomeBox)).VoteAsync(VotingSetup.Choices(process, choices));
        }
        return process;
    }

    private static async Task CloseAsync(Browser organizer, int id) =>
        await (await PhasePage.OpenAsync(organizer, id)).OverrideAsync("Closed", null, "Cierre de la votación");

    [Test]
    public async Task NothingAboutVotesShowsBeforePublicationAndTheTallyWaitsForTheClose()
    {
        var process = await VotedAsync();
        var organizer = await SignedInAsAdminAsync();

        var early = await organizer.GetAsync($"/organize/processes/{process.Id}/results");
        var publicPage = await NewBrowser().GetAsync($"/processes/{process.Id}/results");

        Assert.Multiple(() =>
        {
            Assert.That(early.Find("#tally-form"), Is.Null, "no tally before the close");
            Assert.That(early.Find("#not-closed"), Is.Not.Null);
            Assert.That(publicPage.Find("#not-published"), Is.Not.Null);
            Assert.That(publicPage.Document.Body!.TextContent, Does.Not.Contain("Proyecto Centro"));
        });
    }

    [Test]
    public async Task OrganizerTalliesPreviewsAndPublishesTheSnapshotEveryoneThenReads()
    {
        var process = await VotedAsync();
        var organizer = await SignedInAsAdminAsync();
        await CloseAsync(organizer, process.Id);

        var page = await organizer.GetAsync($"/organize/processes/{process.Id}/results");
        var tallied = await page.Form("tally-form").SubmitAsync("tally-submit");
        var before = await NewBrowser().GetAsync($"/processes/{process.Id}/results");
        var published = await PublishForm(tallied).SubmitAsync();
        var results = await NewBrowser().GetAsync($"/processes/{process.Id}/results");

        var snapshot = await DbAsync(db => db.ResultSnapshots.Include(s => s.Inputs).SingleAsync(s => s.ProcessId == process.Id));
        var funded = results.Texts(".result-box[data-box$='/" + process.HomeBox + "'] .funded-projects tbody td:first-child");
        Assert.Multiple(() =>
        {
            Assert.That(tallied.Texts("#snapshots td:nth-child(2)"), Is.EqualTo(new[] { "mes_cost_sat_add1_greedy" }));
            Assert.That(before.Find("#not-published"), Is.Not.Null, "a tally is private until published");
            Assert.That(snapshot.PublishedAtUtc, Is.Not.Null);
            Assert.That(snapshot.Sha256, Is.EqualTo(CanonicalResult.Hash(snapshot.Canonical)));
            Assert.That(results.Find("#result-hash")?.TextContent, Is.EqualTo(snapshot.Sha256));
            Assert.That(funded, Does.Contain("Proyecto Centro 5"));
            Assert.That(snapshot.Inputs.Select(i => i.BoxKey).ToList(), Has.Count.EqualTo(2));
            Assert.That(published.Url.AbsolutePath, Is.EqualTo($"/organize/processes/{process.Id}/results"));
        });
    }

    [Test]
    public async Task TallyingAgainNeedsAReasonAndIsAudited()
    {
        var process = await VotedAsync();
        var organizer = await SignedInAsAdminAsync();
        await CloseAsync(organizer, process.Id);
        var first = await (await organizer.GetAsync($"/organize/processes/{process.Id}/results")).Form("tally-form").SubmitAsync("tally-submit");

        var refused = await first.Form("tally-form").Set("Rule", "greedy_cost_sat").Set("Reason", "").SubmitAsync("tally-submit");
        var second = await first.Form("tally-form").Set("Rule", "greedy_cost_sat").Set("Reason", "Comparar con la regla por votos").SubmitAsync("tally-submit");
        var audit = await AuditPage.OpenAsync(organizer, process.Id);

        Assert.Multiple(async () =>
        {
            Assert.That(refused.Texts(".errors li"), Does.Contain("Escribe por qué se vuelve a contar."));
            Assert.That(second.Texts("#snapshots td:nth-child(2)"), Is.EqualTo(new[] { "greedy_cost_sat", "mes_cost_sat_add1_greedy" }));
            Assert.That(audit.Entries.Count(e => e.Details.Contains("Comparar con la regla por votos", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(await DbAsync(db => db.ResultSnapshots.CountAsync(s => s.ProcessId == process.Id)), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task APublishedResultCannotBeTalliedOrPublishedAgain()
    {
        var process = await VotedAsync();
        var organizer = await SignedInAsAdminAsync();
        await CloseAsync(organizer, process.Id);
        var tallied = await (await organizer.GetAsync($"/organize/processes/{process.Id}/results")).Form("tally-form").SubmitAsync("tally-submit");
        var publish = PublishForm(tallied);
        await publish.SubmitAsync();

        var again = await publish.SubmitAsync();
        var page = await organizer.GetAsync($"/organize/processes/{process.Id}/results");

        Assert.Multiple(async () =>
        {
            Assert.That(again.Texts(".errors li"), Is.Not.Empty);
            Assert.That(page.Find("#tally-form"), Is.Null);
            Assert.That(await DbAsync(db => db.ResultSnapshots.CountAsync(s => s.ProcessId == process.Id && s.PublishedAtUtc != null)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ResidentsCannotOpenTheOrganizerTally()
    {
        var process = await VotedAsync();
        var resident = await SignedInUserAsync([], process.Home);

        var response = await resident.Browser.GetAsync($"/organize/processes/{process.Id}/results");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static HtmlForm PublishForm(WebPage page) =>
        new(page, (IHtmlFormElement)page.Find("form button.publish")!.Closest("form")!);
}
