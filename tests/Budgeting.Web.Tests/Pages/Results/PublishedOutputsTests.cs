using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Budgeting.Core.Results;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Results;

/// <summary>The results page, PDF report and open data of a published process, and that none of them says anything before.</summary>
public sealed class PublishedOutputsTests : AppFixture
{
    private VotingProcess _process = null!;

    [OneTimeSetUp]
    public async Task VoteCloseTallyAndPublish()
    {
        _process = await VotingSetup.CreateAsync(App, VotingSetup.Design("Approval min=1 max=3"));
        foreach (var choices in new[] { "0:1,4:1", "4:1,2:1", "4:1", "1:1,2:1", "3:1" })
        {
            var voter = await SignedInUserAsync([], _process.Home);
            await (await BallotPage.OpenAsync(voter.Browser, _process.Id, _process.HomeBox)).VoteAsync(VotingSetup.Choices(_process, choices));
        }
    }

    private static readonly string[] PublicUrls =
        ["", "projects", "proposals", "receipts", "results", "results?handler=Pdf", "open-data", "open-data/result.json", "open-data/open-data.zip"];

    [Test, Order(1)]
    public async Task DuringVotingAndAfterTheCloseNothingAboutVotesIsPublic()
    {
        var organizer = await SignedInAsAdminAsync();
        foreach (var phase in new[] { "Voting", "Closed" })
        {
            if (phase == "Closed")
            {
                await (await PhasePage.OpenAsync(organizer, _process.Id)).OverrideAsync("Closed", null, "Cierre");
                await (await organizer.GetAsync($"/organize/processes/{_process.Id}/results")).Form("tally-form").SubmitAsync("tally-submit");
            }
            foreach (var url in PublicUrls)
            {
                var page = await NewBrowser().GetAsync($"/processes/{_process.Id}/{url}");
                var text = page.Document.Body?.TextContent ?? "";
                var resultsOutput = url.StartsWith("results", StringComparison.Ordinal) || url.StartsWith("open-data", StringComparison.Ordinal);
                Assert.That(!resultsOutput || page.Status is HttpStatusCode.NotFound || page.Find("#not-published") is not null, Is.True, $"{phase} {url}: {page.Status}");
                Assert.That(resultsOutput ? text : "", Does.Not.Contain("Proyecto Centro"), $"{phase} {url}");
                // Turnout may show (the receipts list counts ballots after the close); votes per project may not.
                Assert.That(text, Does.Not.Match(@"\bVotos\b"), $"{phase} {url}: no votes column anywhere");
            }
        }
    }

    [Test, Order(2)]
    public async Task AfterPublicationEveryOutputShowsTheSameResultAndHash()
    {
        var tallies = await (await SignedInAsAdminAsync()).GetAsync($"/organize/processes/{_process.Id}/results");
        await new HtmlForm(tallies, (IHtmlFormElement)tallies.Find("form button.publish")!.Closest("form")!).SubmitAsync();
        var snapshot = await DbAsync(db => db.ResultSnapshots.Include(s => s.Inputs).SingleAsync(s => s.ProcessId == _process.Id && s.PublishedAtUtc != null));
        var funded = snapshot.Result().Boxes.Single(b => b.DistrictId == _process.Home).Projects.Where(p => p.Funded).Select(p => p.Title).ToList();

        var page = await NewBrowser().GetAsync($"/processes/{_process.Id}/results");
        var pdf = await Download($"/processes/{_process.Id}/results?handler=Pdf");
        var zip = await Download($"/processes/{_process.Id}/open-data/open-data.zip");
        using var pdfTools = new PdfTools(pdf);
        var pdfText = pdfTools.Text();
        var files = Unzip(zip);
        var pb = Encoding.UTF8.GetString(files[$"{_process.Id}-{_process.HomeBox}.pb"]);
        var recomputed = RuleCatalog.Tally(PabulibReader.Read(new StringReader(pb)), snapshot.Rule).Selected.Count;

        Assert.Multiple(() =>
        {
            Assert.That(funded, Is.Not.Empty);
            Assert.That(page.Texts(".result-box[data-box='" + _process.Id + "/" + _process.HomeBox + "'] .funded-projects tbody td:first-child"), Is.EqualTo(funded));
            Assert.That(page.Find(".compare-rules"), Is.Not.Null);
            Assert.That(page.Find(".chart svg title"), Is.Not.Null);
            Assert.That(pdfText.Replace("\n", " ", StringComparison.Ordinal), Does.Contain(snapshot.Sha256[..32]));
            foreach (var title in funded)
            {
                Assert.That(pdfText, Does.Contain(title));
            }
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(files["result.json"])), Is.EqualTo(snapshot.Sha256));
            Assert.That(Encoding.UTF8.GetString(files["result.sha256"]), Is.EqualTo(snapshot.Sha256 + "\n"));
            Assert.That(files.Keys, Does.Contain("projects.csv"));
            Assert.That(recomputed, Is.EqualTo(funded.Count));
            Assert.That(pb, Does.Not.Contain("@"), "no account in the ballots file");
        });
    }

    [Test, Order(3)]
    public async Task TwoDownloadsOfTheReportAreTheSameBytes()
    {
        var first = await Download($"/processes/{_process.Id}/results?handler=Pdf");
        var second = await Download($"/processes/{_process.Id}/results?handler=Pdf");

        Assert.That(second, Is.EqualTo(first));
    }

    private async Task<byte[]> Download(string url)
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.Name, e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }
}
