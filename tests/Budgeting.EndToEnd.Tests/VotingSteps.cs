using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>The steps a resident takes on the phone to vote in the demo process, and what each step shows.</summary>
public static partial class VotingSteps
{
    /// <summary>Opens the demo process, follows "sign in to vote" and signs in through the form; ends on the process page.</summary>
    public static async Task SignInToVoteAsync(PhonePage phone, string email, string password)
    {
        var page = phone.Page;
        await phone.GoToDemoProcessAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = VotingText.SignInToVote, Exact = true }).ClickAsync();
        await SignInTests.SubmitSignInFormAsync(page, UiText.Spanish, email, password);
        await Expect(page).ToHaveURLAsync(ProcessPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoProcess.Name);
    }

    /// <summary>
    /// Signs up a new resident of <paramref name="district"/> (a demo district), confirms the e-mail, signs in and
    /// opens the demo process page; on the shared app unless <paramref name="app"/> names the one the phone opens.
    /// </summary>
    public static async Task<TestResident> SignUpAndOpenDemoProcessAsync(PhonePage phone, string district, AppServer? app = null)
    {
        var resident = TestResident.New();
        await Residents.SignUpAndConfirmAsync(phone, ProposalText.Spanish, resident, district, app);
        await Residents.SignInFromConfirmationAsync(phone.Page, ProposalText.Spanish, resident);
        await phone.GoToDemoProcessAsync();
        return resident;
    }

    /// <summary>From the process page, follows the link to vote in the resident's district; ends on the ballot.</summary>
    public static async Task OpenBallotAsync(IPage page, DemoBallot ballot)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = VotingText.Fill(VotingText.VoteIn, ballot.District), Exact = true })
            .ClickAsync();
        await Expect(page).ToHaveURLAsync(BallotPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(VotingText.BallotTitle, ballot.District));
        await Expect(page.Locator("#ballot-rules"))
            .ToHaveTextAsync(VotingText.Fill(VotingText.ApprovalRules, DemoBallot.MinProjects, DemoBallot.MaxProjects));
        await Expect(Choices(page).GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(ballot.Projects.Length);
    }

    /// <summary>The ballot's projects, a group named "Proyectos".</summary>
    public static ILocator Choices(IPage page) =>
        page.Locator("form#ballot").GetByRole(AriaRole.Group, new() { Name = VotingText.Choose, Exact = true });

    public static ILocator Mark(IPage page, DemoBallotProject project) =>
        Choices(page).GetByRole(AriaRole.Checkbox, new() { Name = project.Title, Exact = true });

    public static async Task MarkAsync(IPage page, params DemoBallotProject[] projects)
    {
        foreach (var project in projects)
        {
            await Mark(page, project).CheckAsync();
        }
    }

    /// <summary>Exactly <paramref name="chosen"/> are checked on the ballot, and no other project.</summary>
    public static async Task AssertMarkedAsync(IPage page, DemoBallot ballot, params DemoBallotProject[] chosen)
    {
        await Expect(Choices(page).GetByRole(AriaRole.Checkbox, new() { Checked = true })).ToHaveCountAsync(chosen.Length);
        foreach (var project in ballot.Projects)
        {
            await Expect(Mark(page, project)).ToBeCheckedAsync(new() { Checked = chosen.Contains(project) });
        }
    }

    /// <summary>Presses "Revisar mi voto" on the ballot.</summary>
    public static async Task GoToReviewAsync(IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { Name = VotingText.ToReview, Exact = true }).ClickAsync();

    /// <summary>The review step lists exactly <paramref name="chosen"/> (in the voter's order), each with its cost.</summary>
    public static async Task AssertReviewListsAsync(IPage page, params DemoBallotProject[] chosen)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = VotingText.Review, Exact = true })).ToBeVisibleAsync();
        var items = page.Locator("ul#review > li");
        await Expect(items).ToHaveCountAsync(chosen.Length);
        foreach (var project in chosen)
        {
            await Expect(items.Filter(new() { Has = page.Locator("strong", new() { HasTextString = project.Title }) }))
                .ToHaveTextAsync($"{project.Title} · {project.CostShown}");
        }
        // Nothing left to mark on the review step: the choices travel as hidden fields.
        await Expect(page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = VotingText.Cast, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Presses "Emitir mi voto" on the review step and returns the receipt code on the "counted" page, which thanks the
    /// voter for taking part in <paramref name="processName"/>.
    /// </summary>
    public static async Task<string> CastAsync(IPage page, string processName = DemoProcess.Name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = VotingText.Cast, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(CountedPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(VotingText.Counted);
        await Expect(page.Locator("main")).ToContainTextAsync(VotingText.Fill(VotingText.CountedText, processName));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = VotingText.Receipt, Exact = true })).ToBeVisibleAsync();
        var receipt = page.Locator("#receipt");
        await Expect(receipt).ToHaveTextAsync(ReceiptCode());
        return (await receipt.TextContentAsync())!.Trim();
    }

    /// <summary>Follows "Cambiar mi voto" on the "counted" page back to the ballot, which says the vote is already cast.</summary>
    public static async Task ChangeVoteAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = VotingText.ChangeVote, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BallotPage());
        await Expect(page.Locator("#already-voted")).ToHaveTextAsync(VotingText.AlreadyVoted);
    }

    /// <summary>The receipt alphabet has no look-alikes (no 0/O, 1/I/L): two groups of five.</summary>
    [GeneratedRegex("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$")]
    public static partial Regex ReceiptCode();

    [GeneratedRegex(@"/processes/\d+$")]
    public static partial Regex ProcessPage();

    [GeneratedRegex(@"/vote/\d+/\d+$")]
    public static partial Regex BallotPage();

    [GeneratedRegex(@"/vote/\d+/\d+/counted$")]
    public static partial Regex CountedPage();

    /// <summary>The page fits a 360 px phone: no sideways scrolling (like <see cref="PhoneLayoutTests"/>).</summary>
    public static async Task AssertNoSidewaysScrollingAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [window.innerWidth, document.documentElement.clientWidth, document.documentElement.scrollWidth]");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(widths[0], Is.EqualTo(Phone.Width), "the window is not phone-wide (viewport emulation)");
            Assert.That(widths[1], Is.EqualTo(Phone.Width), "the layout viewport is not phone-wide (viewport meta)");
            Assert.That(widths[2], Is.LessThanOrEqualTo(Phone.Width),
                $"{page.Url} is {widths[2]} px wide on a {Phone.Width} px screen, so it scrolls sideways");
        }
    }
}
