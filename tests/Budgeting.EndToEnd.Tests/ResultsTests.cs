using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// Tallying, publishing and reading the results on a phone (issue #7). The fixture starts an app of its own, since the
/// shared one must stay in its voting phase: there three residents vote in the demo process (two in Santa Úrsula Coapa,
/// who both back the street lights, one in Pueblo de Los Reyes), the demo organizer closes voting, finds nothing public
/// yet, tallies with the default rule and publishes. The tests then read what a visitor without an account gets: the
/// results page, its PDF report, its open data and the receipts page, each against what the organizer saw.
/// </summary>
[TestFixture]
public sealed partial class ResultsTests
{
    private static readonly DemoBallot SantaUrsula = DemoBallot.SantaUrsula;
    private static readonly DemoBallot LosReyes = DemoBallot.LosReyes;
    private static readonly DemoBallotProject Lights = SantaUrsula["Luminarias LED en la calle Tepetlapa"];

    private OwnAppServer? _own;
    private int _processId;
    private TallySnapshot _tally = null!;

    private AppServer App => Own.App;

    private OwnAppServer Own => _own ?? throw new InvalidOperationException("The fixture's app is not running.");

    private string ResultsPath => string.Create(CultureInfo.InvariantCulture, $"/processes/{_processId}/results");

    [OneTimeSetUp]
    public async Task VoteCloseTallyAndPublishAsync()
    {
        try
        {
            _own = await OwnAppServer.StartAsync("The results tests'", "budgeting-e2e-results-");
            var ids = await Task.WhenAll(
                VoteAsync(SantaUrsula, signUp: false, Lights, SantaUrsula["Rehabilitación de la cancha de usos múltiples"]),
                VoteAsync(SantaUrsula, signUp: true, Lights, SantaUrsula["Taller de música para jóvenes"]),
                VoteAsync(LosReyes, signUp: false, LosReyes["Rehabilitación del kiosco de la plaza"], LosReyes["Huerto comunitario"]));
            _processId = ids.Distinct().Single();

            await using var organizer = await Organizer.SignInAsync(App, DemoProcess.OrganizerEmail, AppServer.DemoPassword);
            await organizer.CloseVotingAsync(_processId, "Cerramos la votación para la prueba de resultados.");
            await AssertNothingIsPublishedAsync();
            _tally = await organizer.TallyWithTheDefaultRuleAsync(_processId, DemoProcess.Name, "Primer escrutinio tras el cierre");
            Assert.That(_tally.Boxes.Keys, Is.EquivalentTo(DemoProcess.Districts.Select(d => d.Name)), "the preview's boxes");
            Assert.That(_tally.Boxes[SantaUrsula.District].Funded, Does.Contain(Lights.Title),
                "both voters in Santa Úrsula Coapa backed the street lights, which fit the budget, yet the tally does not fund them");
            await organizer.PublishAsync(_tally.Sha256);
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
            _own = null;
        }
    }

    [Test]
    public async Task VisitorFollowsResultsFromTheProcessPageAndReadsWhatTheOrganizerPublished()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;
        await OpenResultsFromTheProcessPageAsync(phone);

        await Expect(page.Locator("#not-published")).ToHaveCountAsync(0);
        await Expect(page.Locator("#rule")).ToHaveTextAsync(
            VotingText.Fill(ResultsText.RuleUsed, ResultsText.EqualShares) + " " + ResultsText.DefaultRule);
        await Expect(page.Locator("section.result-box")).ToHaveCountAsync(DemoProcess.Districts.Length);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (district, preview) in _tally.Boxes)
            {
                var box = Box(page, district);
                await Expect(box.Locator(".chart svg title")).ToHaveTextAsync(VotingText.Fill(ResultsText.ChartAlt, district));
                await Expect(box.GetByRole(AriaRole.Img, new() { Name = VotingText.Fill(ResultsText.ChartAlt, district), Exact = true }))
                    .ToBeVisibleAsync();
                await Expect(box.Locator("table.funded-projects caption")).ToHaveTextAsync(ResultsText.FundedCaption);
                await Expect(box.Locator("table.funded-projects tbody tr td:first-child")).ToHaveTextAsync(preview.Funded.ToArray());
                await Expect(box.Locator("table.unfunded-projects caption")).ToHaveTextAsync(ResultsText.UnfundedCaption);
                await Expect(box.Locator("table.unfunded-projects tbody tr td:first-child")).ToHaveTextAsync(preview.Unfunded.ToArray());
                await Expect(box.Locator("table.compare-rules caption")).ToHaveTextAsync(ResultsText.CompareCaption);
                await Expect(box.Locator("table.compare-rules tbody th[scope='row']"))
                    .ToHaveCountAsync(preview.Funded.Count + preview.Unfunded.Count);
            }
        }

        // The two ballots of Santa Úrsula Coapa, both online, both with the street lights.
        var santaUrsula = Box(page, SantaUrsula.District);
        await Expect(santaUrsula.Locator("p.turnout")).ToHaveTextAsync(VotingText.Fill(ResultsText.TurnoutByChannel, 2, 0, 0));
        var lights = santaUrsula.Locator("table.funded-projects tbody tr", new() { HasTextString = Lights.Title });
        await Expect(lights.Locator("td")).ToHaveTextAsync([Lights.Title, Lights.CostShown, "2", "39 %"]);

        var method = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = ResultsText.Method, Exact = true }) });
        await Expect(method.Locator("p")).ToContainTextAsync(
            [ResultsText.ExplainAdd1, ResultsText.ExplainGreedyCompletion, ResultsText.ExplainVotesNote]);
        await Expect(page.Locator("#result-hash")).ToHaveTextAsync(_tally.Sha256);
        await VotingSteps.AssertNoSidewaysScrollingAsync(page);

        // "Verificar los resultados" leads to the receipts page, which shows the same hash.
        await page.GetByRole(AriaRole.Link, new() { Name = ResultsText.Verify, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{_processId}/receipts$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ResultsText.ReceiptsTitle);
        var verify = page.Locator("#verify-result");
        await Expect(verify.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(ResultsText.VerifyResult);
        await Expect(verify.Locator("#result-hash")).ToHaveTextAsync(_tally.Sha256);
    }

    [Test]
    public async Task ReportPdfNumbersItsPagesAndPrintsTheHashAndTheFundedProjects()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;
        await phone.GoToAsync(ResultsPath);
        var link = page.GetByRole(AriaRole.Link, new() { Name = ResultsText.DownloadPdf, Exact = true });
        await Expect(link).ToHaveAttributeAsync("href", $"{ResultsPath}?handler=Pdf");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo(string.Create(CultureInfo.InvariantCulture, $"resultados-{_processId}-es.pdf")));
        var pdf = Path.Combine(Own.Downloads, download.SuggestedFilename);
        await download.SaveAsAsync(pdf);
        Assert.That((await File.ReadAllBytesAsync(pdf)).Take(5), Is.EqualTo("%PDF-"u8.ToArray()), "the download is not a PDF");

        // Table cells wrap long titles over lines, and a line may break inside the hash: compare with spaces collapsed,
        // and the hash with none.
        var text = Spaces().Replace(await CodeSheet.ReadTextAsync(pdf), " ");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain(VotingText.Fill(ResultsText.PageFooter, 1, "")), "no page numbers");
            Assert.That(text.Replace(" ", "", StringComparison.Ordinal), Does.Contain(_tally.Sha256), "no hash");
            foreach (var title in _tally.Boxes.Values.SelectMany(b => b.Funded))
            {
                Assert.That(text, Does.Contain(title), "a funded project is missing");
            }
        }
    }

    [Test]
    public async Task OpenDataZipHoldsTheResultWhoseSha256IsThePublishedHash()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;
        await phone.GoToAsync(ResultsPath);
        await page.GetByRole(AriaRole.Link, new() { Name = ResultsText.OpenData, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{_processId}/open-data$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(ResultsText.OpenDataTitleOf, DemoProcess.Name));
        await VotingSteps.AssertNoSidewaysScrollingAsync(page);

        var link = page.GetByRole(AriaRole.Link, new() { Name = ResultsText.Zip, Exact = true });
        await Expect(link).ToHaveAttributeAsync("href", $"/processes/{_processId}/open-data/open-data.zip");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = Path.Combine(Own.Downloads, download.SuggestedFilename);
        await download.SaveAsAsync(path);

        using var zip = ZipFile.OpenRead(path);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "result.json", "result.sha256", "projects.csv" }));
        Assert.That(names.Count(n => n.EndsWith(".pb", StringComparison.Ordinal)), Is.EqualTo(DemoProcess.Districts.Length),
            "one Pabulib file per box");
        var result = Read(zip, "result.json");
        var hashFile = Read(zip, "result.sha256");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(result)), Is.EqualTo(_tally.Sha256),
                "result.json is not the published result");
            Assert.That(System.Text.Encoding.UTF8.GetString(hashFile), Is.EqualTo(_tally.Sha256 + "\n"));
        }
    }

    [Test]
    public async Task ResultsOpenDataAndReceiptsPagesHaveNoAccessibilityViolations()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;

        await phone.GoToAsync(ResultsPath);
        await Expect(page.Locator("#result-hash")).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoViolationsAsync(page);

        await phone.GoToAsync($"/processes/{_processId}/open-data");
        await Expect(page.Locator("#zip-link")).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoViolationsAsync(page);

        await phone.GoToAsync($"/processes/{_processId}/receipts");
        await Expect(page.Locator("#verify-result")).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoViolationsAsync(page);
    }

    /// <summary>
    /// A resident of <paramref name="ballot"/>'s district, the demo one or one who signs up now, votes for
    /// <paramref name="chosen"/> in the demo process; returns the process id.
    /// </summary>
    private async Task<int> VoteAsync(DemoBallot ballot, bool signUp, params DemoBallotProject[] chosen)
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;
        if (signUp)
        {
            await VotingSteps.SignUpAndOpenDemoProcessAsync(phone, ballot.District, App);
        }
        else
        {
            await VotingSteps.SignInToVoteAsync(phone, ballot.ResidentEmail, AppServer.DemoPassword);
        }
        var id = int.Parse(ProcessId().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await VotingSteps.OpenBallotAsync(page, ballot);
        await VotingSteps.MarkAsync(page, chosen);
        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.AssertReviewListsAsync(page, chosen);
        await VotingSteps.CastAsync(page);
        return id;
    }

    /// <summary>
    /// Before publication a visitor finds no results: the process page has no "Resultados" tab, and the results page,
    /// the open data and the PDF say nothing about the votes.
    /// </summary>
    private async Task AssertNothingIsPublishedAsync()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;
        await phone.GoToDemoProcessAsync();
        await Expect(page.Locator("#receipts-link")).ToBeVisibleAsync();
        await Expect(page.Locator("#results-link")).ToHaveCountAsync(0);

        await phone.GoToAsync(ResultsPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(ResultsText.TitleOf, DemoProcess.Name));
        await Expect(page.Locator("#not-published")).ToHaveTextAsync(ResultsText.NotPublished);
        await Expect(page.Locator("section.result-box, #result-hash, #report-pdf")).ToHaveCountAsync(0);

        await phone.GoToAsync($"/processes/{_processId}/open-data");
        await Expect(page.Locator("#not-published")).ToHaveTextAsync(ResultsText.NotPublished);
        await Expect(page.Locator("#zip-link")).ToHaveCountAsync(0);

        foreach (var hidden in new[] { $"{ResultsPath}?handler=Pdf", $"/processes/{_processId}/open-data/open-data.zip" })
        {
            var response = await phone.Context.APIRequest.GetAsync(hidden);
            Assert.That(response.Status, Is.EqualTo(404), $"GET {hidden} before publication");
        }
    }

    /// <summary>From the home page, opens the demo process and follows its "Resultados" tab.</summary>
    private async Task OpenResultsFromTheProcessPageAsync(PhonePage phone)
    {
        var page = phone.Page;
        await phone.GoToDemoProcessAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(ResultsText.PhasePublished);
        await page.Locator("nav.tabs").GetByRole(AriaRole.Link, new() { Name = ResultsText.Title, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(ResultsPath)}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(ResultsText.TitleOf, DemoProcess.Name));
    }

    private static ILocator Box(IPage page, string district) =>
        page.Locator("section.result-box", new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = district, Exact = true }) });

    private static byte[] Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new AssertionException($"The zip has no {name}.");
        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"/processes/(\d+)$")]
    private static partial Regex ProcessId();
}
