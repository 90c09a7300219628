using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// The ballot, its review step and the "counted" page on a 360 px phone in Spanish with JavaScript on: no sideways
/// scrolling, and no violations of axe-core's default rules. Each test signs up its own resident of a demo district,
/// as a person would, so it votes on a ballot no other test touches.
/// </summary>
[TestFixture]
public sealed class VotingPageTests
{
    private static readonly DemoBallot Ballot = DemoBallot.SantaUrsula;

    [Test]
    public async Task BallotPageFitsThePhoneAndHasNoAccessibilityViolations()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish);
        var page = phone.Page;
        await MarkTwoProjectsAsync(phone);

        await VotingSteps.AssertNoSidewaysScrollingAsync(page);
        await AccessibilityTests.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task ReviewStepFitsThePhoneAndHasNoAccessibilityViolations()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish);
        var page = phone.Page;
        var chosen = await MarkTwoProjectsAsync(phone);
        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.AssertReviewListsAsync(page, chosen);

        await VotingSteps.AssertNoSidewaysScrollingAsync(page);
        await AccessibilityTests.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task CountedPageFitsThePhoneAndHasNoAccessibilityViolations()
    {
        await using var phone = await Phone.OpenAsync(Phone.Spanish);
        var page = phone.Page;
        await MarkTwoProjectsAsync(phone);
        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.CastAsync(page);

        await VotingSteps.AssertNoSidewaysScrollingAsync(page);
        await AccessibilityTests.AssertNoViolationsAsync(page);
    }

    /// <summary>A new resident on the ballot with the two longest titles marked and the tally showing them.</summary>
    private static async Task<DemoBallotProject[]> MarkTwoProjectsAsync(PhonePage phone)
    {
        var page = phone.Page;
        await VotingSteps.SignUpAndOpenDemoProcessAsync(phone, Ballot.District);
        await VotingSteps.OpenBallotAsync(page, Ballot);
        var chosen = Ballot.Projects.OrderByDescending(p => p.Title.Length).Take(2).ToArray();
        await VotingSteps.MarkAsync(page, chosen);
        await Expect(page.Locator("#tally")).ToHaveTextAsync(Ballot.Tally(chosen));
        return chosen;
    }
}
