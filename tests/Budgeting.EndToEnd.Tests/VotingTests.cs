using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// Voting on a phone, with JavaScript on and off: a demo resident signs in, marks projects on the demo process's
/// approval ballot, reviews, casts, gets a receipt, then changes the vote and gets a new receipt. Each flow uses its
/// own resident (a voter has one ballot per box), so the tests can run side by side.
/// </summary>
[TestFixture]
public sealed class VotingTests
{
    [Test]
    public async Task ResidentVotesSeesTheReceiptAndChangesTheVoteWithJavaScriptOn()
    {
        var ballot = DemoBallot.SantaUrsula;
        var lights = ballot["Luminarias LED en la calle Tepetlapa"];
        var court = ballot["Rehabilitación de la cancha de usos múltiples"];
        var music = ballot["Taller de música para jóvenes"];
        await using var phone = await Phone.OpenAsync(Phone.Spanish);
        var page = phone.Page;
        await VotingSteps.SignInToVoteAsync(phone, ballot.ResidentEmail, AppServer.DemoPassword);
        await VotingSteps.OpenBallotAsync(page, ballot);

        // The running tally follows the marks as they change.
        var tally = page.Locator("#tally");
        await Expect(tally).ToBeVisibleAsync();
        await Expect(tally).ToHaveTextAsync(ballot.Tally());
        await VotingSteps.MarkAsync(page, lights);
        await Expect(tally).ToHaveTextAsync(ballot.Tally(lights));
        await VotingSteps.MarkAsync(page, court);
        await Expect(tally).ToHaveTextAsync(ballot.Tally(lights, court));

        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.AssertReviewListsAsync(page, lights, court);
        var firstReceipt = await VotingSteps.CastAsync(page);

        // Changing the vote: the ballot comes back with the cast choices marked.
        await VotingSteps.ChangeVoteAsync(page);
        await VotingSteps.AssertMarkedAsync(page, ballot, lights, court);
        await Expect(tally).ToHaveTextAsync(ballot.Tally(lights, court));
        await VotingSteps.Mark(page, lights).UncheckAsync();
        await VotingSteps.Mark(page, court).UncheckAsync();
        await VotingSteps.MarkAsync(page, music);
        await Expect(tally).ToHaveTextAsync(ballot.Tally(music));

        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.AssertReviewListsAsync(page, music);
        var secondReceipt = await VotingSteps.CastAsync(page);
        Assert.That(secondReceipt, Is.Not.EqualTo(firstReceipt), "the changed vote kept the first vote's receipt");

        // The new ballot replaced the first one.
        await VotingSteps.ChangeVoteAsync(page);
        await VotingSteps.AssertMarkedAsync(page, ballot, music);
    }

    [Test]
    public async Task ResidentVotesSeesTheReceiptAndChangesTheVoteWithJavaScriptOff()
    {
        var ballot = DemoBallot.LosReyes;
        var kiosk = ballot["Rehabilitación del kiosco de la plaza"];
        var drainage = ballot["Drenaje pluvial en el callejón del Aguacate"];
        var garden = ballot["Huerto comunitario"];
        await using var phone = await Phone.OpenAsync(Phone.Spanish, javaScriptEnabled: false);
        var page = phone.Page;
        await VotingSteps.SignInToVoteAsync(phone, ballot.ResidentEmail, AppServer.DemoPassword);
        await VotingSteps.OpenBallotAsync(page, ballot);

        // Without JavaScript there is no running tally; the plain form does the rest.
        await Expect(page.Locator("#tally")).ToBeHiddenAsync();
        await VotingSteps.MarkAsync(page, kiosk, drainage);
        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.AssertReviewListsAsync(page, kiosk, drainage);

        // "Cambiar mis opciones" goes back to the ballot with the marks kept, and nothing is cast yet.
        await page.GetByRole(AriaRole.Button, new() { Name = VotingText.ChangeChoices, Exact = true }).ClickAsync();
        await VotingSteps.AssertMarkedAsync(page, ballot, kiosk, drainage);
        await Expect(page.Locator("#already-voted")).ToHaveCountAsync(0);
        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.AssertReviewListsAsync(page, kiosk, drainage);
        var firstReceipt = await VotingSteps.CastAsync(page);

        await VotingSteps.ChangeVoteAsync(page);
        await Expect(page.Locator("#tally")).ToBeHiddenAsync();
        await VotingSteps.AssertMarkedAsync(page, ballot, kiosk, drainage);
        await VotingSteps.Mark(page, kiosk).UncheckAsync();
        await VotingSteps.Mark(page, drainage).UncheckAsync();
        await VotingSteps.MarkAsync(page, garden);

        await VotingSteps.GoToReviewAsync(page);
        await VotingSteps.AssertReviewListsAsync(page, garden);
        var secondReceipt = await VotingSteps.CastAsync(page);
        Assert.That(secondReceipt, Is.Not.EqualTo(firstReceipt), "the changed vote kept the first vote's receipt");

        await VotingSteps.ChangeVoteAsync(page);
        await VotingSteps.AssertMarkedAsync(page, ballot, garden);
    }

    [Test]
    public async Task MarkingMoreThanThreeProjectsIsRefusedOnTheBallotAndStoresNothing()
    {
        var ballot = DemoBallot.SantaUrsula;
        var four = ballot.Projects.Skip(2).Take(4).ToArray();
        await using var phone = await Phone.OpenAsync(Phone.Spanish);
        var page = phone.Page;
        await VotingSteps.SignUpAndOpenDemoProcessAsync(phone, ballot.District);
        await VotingSteps.OpenBallotAsync(page, ballot);
        var ballotUrl = page.Url;

        await VotingSteps.MarkAsync(page, four);
        await Expect(page.Locator("#tally")).ToHaveTextAsync(ballot.Tally(four));
        await VotingSteps.GoToReviewAsync(page);

        // The server sends the ballot back, not the review step: the message, and the four marks to fix.
        await Expect(page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync(VotingText.Fill(VotingText.TooMany, DemoBallot.MaxProjects));
        await Expect(VotingSteps.Choices(page)).ToBeVisibleAsync();
        await VotingSteps.AssertMarkedAsync(page, ballot, four);
        await Expect(page.Locator("ul#review")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = VotingText.Cast, Exact = true })).ToHaveCountAsync(0);

        // Nothing was stored: no receipt to show, and a fresh ballot does not say "already voted".
        await phone.GoToAsync(ballotUrl + "/counted");
        await Expect(page).ToHaveURLAsync(ballotUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(VotingText.Fill(VotingText.BallotTitle, ballot.District));
        await Expect(page.Locator("#already-voted")).ToHaveCountAsync(0);
        await VotingSteps.AssertMarkedAsync(page, ballot);
    }
}
