using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// Voting with one-time codes on a phone (issue #6). The fixture starts an app of its own, since the shared one must keep
/// exactly the demo process: there the demo organizer sets up a process that votes with codes, issues four codes for
/// its district and downloads the printable sheet and the CSV list. The QR codes read back from the sheet are what the
/// residents scan; each test uses its own code, so the tests can run side by side.
/// </summary>
[TestFixture]
public sealed class VotingCodeTests
{
    private const int CodeCount = 4;

    /// <summary>Three groups of four from the receipt alphabet, which has no look-alikes (no 0/O, 1/I/L).</summary>
    private const string VotingCodePattern = "^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$";

    private OwnAppServer? _own;
    private CodeProcess _process = null!;
    private IReadOnlyList<PrintedCode> _printed = [];

    private AppServer App => Own.App;

    private OwnAppServer Own => _own ?? throw new InvalidOperationException("The fixture's app is not running.");

    [OneTimeSetUp]
    public async Task SetUpProcessVotingWithCodesAsync()
    {
        try
        {
            _own = await OwnAppServer.StartAsync("The voting-code tests'", "budgeting-e2e-codes-");
            await using var organizer = await Organizer.SignInAsync(App, DemoProcess.OrganizerEmail, AppServer.DemoPassword);
            _process = await organizer.CreateProcessVotingWithCodesAsync("códigos");
            var batch = await organizer.IssueCodesAsync(_process, CodeCount);
            var pdf = await organizer.DownloadCodesAsync(_process, batch, "PDF", Own.Downloads);
            var csv = await organizer.DownloadCodesAsync(_process, batch, "CSV", Own.Downloads);
            _printed = await ReadPrintedCodesAsync(pdf, csv);
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
    public async Task ResidentScansTheQrCodeVotesWithoutAnAccountAndChangesTheVoteWithTheSameCode()
    {
        var (code, url) = _printed[0];
        var lights = _process.Projects[0];
        var benches = _process.Projects[1];
        string firstReceipt;
        await using (var phone = await Phone.OpenAsync(Phone.Spanish, app: App))
        {
            var page = phone.Page;
            await OpenCodeAddressAsync(phone, url, code);
            await ContinueToBallotAsync(page);
            await Expect(page.Locator("#already-voted")).ToHaveCountAsync(0);
            await VotingSteps.MarkAsync(page, lights);
            await VotingSteps.GoToReviewAsync(page);
            await VotingSteps.AssertReviewListsAsync(page, lights);
            firstReceipt = await VotingSteps.CastAsync(page, _process.Name);
            await Expect(FinishButton(page)).ToBeVisibleAsync();
        }

        // Days later, on another phone, the same QR code: the ballot says the vote is in, with its choice marked, and a
        // new vote replaces it.
        await using (var phone = await Phone.OpenAsync(Phone.Spanish, app: App))
        {
            var page = phone.Page;
            await OpenCodeAddressAsync(phone, url, code);
            await ContinueToBallotAsync(page);
            await Expect(page.Locator("#already-voted")).ToHaveTextAsync(VotingText.AlreadyVoted);
            await AssertMarkedAsync(page, lights);
            await VotingSteps.Mark(page, lights).UncheckAsync();
            await VotingSteps.MarkAsync(page, benches);
            await VotingSteps.GoToReviewAsync(page);
            await VotingSteps.AssertReviewListsAsync(page, benches);
            var secondReceipt = await VotingSteps.CastAsync(page, _process.Name);
            Assert.That(secondReceipt, Is.Not.EqualTo(firstReceipt), "the changed vote kept the first vote's receipt");

            await VotingSteps.ChangeVoteAsync(page);
            await AssertMarkedAsync(page, benches);
        }
    }

    [Test]
    public async Task FinishingForgetsTheCodeOnThePhoneAndKeepsTheVote()
    {
        var (code, url) = _printed[3];
        var lights = _process.Projects[0];
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;
        await OpenCodeAddressAsync(phone, url, code);
        await ContinueToBallotAsync(page);
        await VotingSteps.MarkAsync(page, lights);
        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.CastAsync(page, _process.Name);

        var finished = await page.RunAndWaitForResponseAsync(
            () => FinishButton(page).ClickAsync(), response => response.Request.Method == "POST");
        Assert.That(finished.Status, Is.EqualTo(302), $"\"{CodeText.Finish}\" answered {finished.Status} {finished.StatusText}");
        await Expect(page).ToHaveURLAsync(App.BaseAddress.ToString());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(CodeText.Finished);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = CodeText.Finish, Exact = true })).ToHaveCountAsync(0);

        // The ballot is out of reach on this phone until the code is entered again; the vote is still there.
        await phone.GoToAsync(_process.BallotPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(UiText.Spanish.SignInTitle);
        await Expect(page.Locator("form#ballot")).ToHaveCountAsync(0);
        await OpenCodeAddressAsync(phone, url, code);
        await ContinueToBallotAsync(page);
        await Expect(page.Locator("#already-voted")).ToHaveTextAsync(VotingText.AlreadyVoted);
        await AssertMarkedAsync(page, lights);
    }

    [Test]
    public async Task MistypedCodeIsCaughtOnThePhoneWithoutAskingTheServer()
    {
        var (code, _) = _printed[1];
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;
        var posts = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                posts.Enqueue(request.Url);
            }
        };
        await phone.GoToAsync("/code");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(CodeText.Title);
        var form = page.Locator("form#code-form");
        var input = form.GetByLabel(CodeText.Label, new() { Exact = true });
        var message = page.Locator("#code-check");
        var submit = form.GetByRole(AriaRole.Button, new() { Name = CodeText.Continue, Exact = true });
        // A page that went to the server and came back would be a new document, without this mark.
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await input.FillAsync(WithOneCharacterChanged(code));
        await submit.ClickAsync();
        await Expect(message).ToHaveTextAsync(CodeText.Typo);
        await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(input).ToBeFocusedAsync();

        await input.FillAsync(code[..9]);
        await Expect(message).ToBeEmptyAsync();
        await Expect(input).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await submit.ClickAsync();
        await Expect(message).ToHaveTextAsync(CodeText.Malformed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), Is.True,
                "the page was reloaded: the mistyped code went to the server");
            Assert.That(posts, Is.Empty, "the mistyped code was posted");
            Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/code"));
        }
        await Expect(page.Locator("#code-error")).ToHaveCountAsync(0);

        // Typed right, in lower case and without dashes, the code is posted once and opens the ballot.
        await input.FillAsync(code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await submit.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, _process.BallotPath).ToString());
        Assert.That(posts, Is.EqualTo(new[] { new Uri(App.BaseAddress, "/code").ToString() }));
    }

    [Test]
    public async Task CodePageAndCodeVotersBallotHaveNoAccessibilityViolations()
    {
        var (code, url) = _printed[2];
        await using var phone = await Phone.OpenAsync(Phone.Spanish, app: App);
        var page = phone.Page;

        await OpenCodeAddressAsync(phone, url, code);
        await AccessibilityTests.AssertNoViolationsAsync(page);

        await ContinueToBallotAsync(page);
        await AccessibilityTests.AssertNoViolationsAsync(page);
    }

    /// <summary>
    /// The sheet has one QR code per code, each opening /c/ and the bare code on this app; the sheet prints the codes,
    /// and the CSV lists the same codes and addresses for the district. Returns the codes in the order the QR codes were read.
    /// </summary>
    private async Task<IReadOnlyList<PrintedCode>> ReadPrintedCodesAsync(string pdf, string csv)
    {
        var rows = await CodeSheet.ReadCsvAsync(csv);
        var scanned = await CodeSheet.ReadQrCodesAsync(pdf);
        var text = await CodeSheet.ReadTextAsync(pdf);
        Assert.That(rows, Has.Count.EqualTo(CodeCount));
        using (Assert.EnterMultipleScope())
        {
            foreach (var (code, district, url) in rows)
            {
                Assert.That(code, Does.Match(VotingCodePattern));
                Assert.That(district, Is.EqualTo(_process.District));
                Assert.That(url, Is.EqualTo(new Uri(App.BaseAddress, "/c/" + code.Replace("-", "", StringComparison.Ordinal)).ToString()));
                Assert.That(text, Does.Contain(code), "the sheet does not print the code");
            }
            Assert.That(scanned, Is.EquivalentTo(rows.Select(r => r.Url)), "the sheet's QR codes are not the listed addresses");
        }
        return scanned.Select(url => new PrintedCode(rows.Single(r => r.Url == url).Code, url)).ToList();
    }

    /// <summary>Opens a QR code's address: the code page, with the code filled in and nothing redeemed yet.</summary>
    private static async Task OpenCodeAddressAsync(PhonePage phone, string url, string code)
    {
        var page = phone.Page;
        await phone.GoToAsync(url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(CodeText.Title);
        await Expect(page.Locator("form#code-form").GetByLabel(CodeText.Label, new() { Exact = true })).ToHaveValueAsync(code);
    }

    /// <summary>Presses "Continuar" on the code page; ends on the district's ballot, open to this code's voter.</summary>
    private async Task ContinueToBallotAsync(IPage page)
    {
        await page.Locator("form#code-form").GetByRole(AriaRole.Button, new() { Name = CodeText.Continue, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, _process.BallotPath).ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(VotingText.BallotTitle, _process.District));
        await Expect(page.Locator("#ballot-rules"))
            .ToHaveTextAsync(VotingText.Fill(VotingText.ApprovalRules, 1, _process.Projects.Length));
        await Expect(page.Locator("#voter-problem")).ToHaveCountAsync(0);
        await Expect(VotingSteps.Choices(page).GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(_process.Projects.Length);
    }

    /// <summary>"Terminar y salir" on the "counted" page (the navigation has one too while a code is in use).</summary>
    private static ILocator FinishButton(IPage page) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = CodeText.Finish, Exact = true });

    /// <summary>Exactly <paramref name="chosen"/> are checked on the ballot.</summary>
    private async Task AssertMarkedAsync(IPage page, params DemoBallotProject[] chosen)
    {
        foreach (var project in _process.Projects)
        {
            await Expect(VotingSteps.Mark(page, project)).ToBeCheckedAsync(new() { Checked = chosen.Contains(project) });
        }
    }

    /// <summary>The code with its fifth character (the first of the second group) replaced by the next one in the alphabet.</summary>
    private static string WithOneCharacterChanged(string code)
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        var position = 5;
        var changed = alphabet[(alphabet.IndexOf(code[position], StringComparison.Ordinal) + 1) % alphabet.Length];
        return code[..position] + changed + code[(position + 1)..];
    }
}
