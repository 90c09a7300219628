using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// From a resident's idea to a ballot project, on phones and through the pages only: an organizer opens proposals on a
/// new process, a resident signs up, confirms the e-mail and proposes with a photo, a reviewer rules it feasible at a
/// final cost, and the resident sees the ruling and the project on the ballot.
/// </summary>
[TestFixture]
public sealed class ProposalFlowTests
{
    private const string FinalCost = "215750.50";
    private const string FinalCostShown = "215,750.50 MXN";
    private const string RulingReason = "Viable. Obras ajustó el costo: incluye el retiro de escombro y dos rampas más.";

    [Test]
    public async Task ResidentProposesWithAPhotoAndAReviewerPutsItOnTheBallot()
    {
        var text = ProposalText.Spanish;
        var proposal = TestProposal.Sidewalk;
        await using var organizer = await Organizer.SignInAsync();
        var process = await organizer.CreateProcessOpenForProposalsAsync("flujo");
        var resident = TestResident.New();
        using var photo = TestPhoto.Create();
        await using var phone = await Phone.OpenAsync(text.Locale);
        var page = phone.Page;

        // Sign up, confirm the e-mail and sign in.
        await Residents.SignUpAndConfirmAsync(phone, text, resident, process.District);
        await Residents.SignInFromConfirmationAsync(page, text, resident);

        // Propose from the process page, with a photo.
        await page.GetByRole(AriaRole.Link, new() { Name = process.Name, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(process.Name);
        await page.GetByRole(AriaRole.Link, new() { Name = text.ProposeLink, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{process.Id}/propose$"));
        await Residents.FillProposalFormAsync(page, text, proposal, process, photo.Path);
        var proposalId = await Residents.SendProposalAsync(page, text);

        // The proposal's page: the thank-you message, what was sent, and the photo.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(text.Submitted);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(proposal.Title);
        await Expect(page.Locator("main .status-badge")).ToHaveTextAsync(text.StatusSubmitted);
        await Expect(Residents.Fact(page, text.Ballot)).ToHaveTextAsync(process.District);
        await Expect(Residents.Fact(page, text.Category)).ToHaveTextAsync(process.Category);
        await Expect(Residents.Fact(page, text.EstimatedCost)).ToHaveTextAsync(TestProposal.EstimatedCostShown);
        await Expect(Residents.Fact(page, text.Location)).ToHaveTextAsync(proposal.Location);
        await Expect(page.Locator("main > p").Filter(new() { HasText = "Proponemos rehacer 120 m" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#edit-proposal")).ToBeVisibleAsync();
        await Residents.AssertPhotoShownAsync(phone, text, proposal.Title);

        // The process's proposal list.
        await page.GetByRole(AriaRole.Link, new() { Name = text.BackToList, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{process.Id}/proposals$"));
        var card = page.Locator("#proposals > li")
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = proposal.Title, Exact = true }) });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/proposals/{proposalId}");
        await Expect(card.Locator(".status-badge")).ToHaveTextAsync(text.StatusSubmitted);
        await Expect(card.Locator(".hint")).ToHaveTextAsync($"{process.District} · {process.Category}");
        await Expect(card.Locator(".num-left")).ToHaveTextAsync(TestProposal.EstimatedCostShown);

        // The organizer closes proposals and opens the review.
        await organizer.OverridePhaseAsync(process.Id, text.PhaseReview, "Cerramos las propuestas para dictaminarlas.");

        // A reviewer rules it feasible at a final cost.
        await using (var reviewer = await Phone.OpenAsync(text.Locale))
        {
            var review = reviewer.Page;
            await reviewer.GoToAsync($"/review/processes/{process.Id}");
            await SignInTests.SubmitSignInFormAsync(review, UiText.Spanish, DemoProcess.ReviewerEmail, AppServer.DemoPassword);
            await Expect(review.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync(ProposalText.Fill(text.ReviewTitleOf, process.Name));
            await Expect(review.GetByRole(AriaRole.Heading, new() { Level = 2, Name = process.District, Exact = true })).ToBeVisibleAsync();
            await Expect(review.GetByText(ProposalText.Fill(text.Pending, 1), new() { Exact = true })).ToBeVisibleAsync();
            var row = QueueRow(review, proposal.Title);
            await Expect(row.Locator("td")).ToHaveTextAsync([proposal.Title, text.StatusSubmitted, TestProposal.EstimatedCostShown]);

            await row.GetByRole(AriaRole.Link, new() { Name = proposal.Title, Exact = true }).ClickAsync();
            await Expect(review).ToHaveURLAsync(new Regex($"/review/proposals/{proposalId}$"));
            var form = review.Locator("form#ruling-form");
            await form.GetByLabel(text.DecisionFeasible, new() { Exact = true }).CheckAsync();
            var finalCost = form.GetByLabel(text.FinalCostInput, new() { Exact = true });
            await Expect(finalCost).ToHaveValueAsync(proposal.EstimatedCost);
            await finalCost.FillAsync(FinalCost);
            await form.GetByLabel(text.RulingReason, new() { Exact = true }).FillAsync(RulingReason);
            await form.GetByRole(AriaRole.Button, new() { Name = text.SaveRuling, Exact = true }).ClickAsync();

            await Expect(review).ToHaveURLAsync(new Regex($"/review/processes/{process.Id}$"));
            await Expect(review.GetByRole(AriaRole.Status)).ToHaveTextAsync(text.RulingSaved);
            await Expect(QueueRow(review, proposal.Title).Locator("td").Nth(1)).ToHaveTextAsync(text.StatusFeasible);
            await Expect(review.GetByText(ProposalText.Fill(text.Pending, 0), new() { Exact = true })).ToBeVisibleAsync();
        }

        // The resident sees the ruling on the proposal's page...
        await phone.GoToAsync($"/proposals/{proposalId}");
        await Expect(page.Locator("main .status-badge")).ToHaveTextAsync(text.StatusFeasible);
        await Expect(Residents.Fact(page, text.EstimatedCost)).ToHaveTextAsync(TestProposal.EstimatedCostShown);
        await Expect(Residents.Fact(page, text.FinalCost)).ToHaveTextAsync(FinalCostShown);
        var ruling = page.GetByRole(AriaRole.Region, new() { Name = text.Ruling, Exact = true });
        await Expect(ruling).ToContainTextAsync(RulingReason);
        await Expect(page.Locator("#edit-proposal")).ToHaveCountAsync(0);

        // ...by e-mail...
        var mail = await Mailbox.WaitForAsync(resident.Email,
            m => m.Subject == ProposalText.Fill(text.RulingEmailSubject, proposal.Title));
        Assert.That(mail.Body, Does.Contain(ProposalText.Fill(text.RulingEmailStatusLine, proposal.Title, text.StatusFeasible))
            .And.Contain(RulingReason));

        // ...the project on its district's ballot, at the final cost...
        await phone.GoToAsync($"/processes/{process.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = text.ProjectsLink, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{process.Id}/projects$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.ProjectsTitle);
        var ballot = page.GetByRole(AriaRole.Region, new() { Name = process.District, Exact = true });
        await Expect(ballot.Locator(":scope > p.hint")).ToHaveTextAsync(ProposalText.Fill(text.BallotSummary, 1, process.DistrictBudget));
        var project = ballot.Locator("li.card");
        await Expect(project).ToHaveCountAsync(1);
        await Expect(project.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(proposal.Title);
        await Expect(project.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/proposals/{proposalId}");
        await Expect(project.Locator(".hint")).ToHaveTextAsync(process.Category);
        await Expect(project.Locator("p:not(.hint)")).ToHaveTextAsync(FinalCostShown);

        // ...and the ruling in "my proposals", the list of everything they proposed.
        await page.GetByRole(AriaRole.Link, new() { Name = text.MyProposals, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.MyProposals);
        var mine = page.Locator("#my-proposals > li")
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = proposal.Title, Exact = true }) });
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine.Locator(".hint")).ToHaveTextAsync(process.Name);
        await Expect(mine.Locator(".status-badge")).ToHaveTextAsync(text.StatusFeasible);
        await Expect(mine).ToContainTextAsync(RulingReason);
    }

    [Test]
    public async Task ProposeFormWorksWithJavaScriptOff()
    {
        var text = ProposalText.English;
        var proposal = TestProposal.Sidewalk;
        TestProcess process;
        await using (var organizer = await Organizer.SignInAsync())
        {
            process = await organizer.CreateProcessOpenForProposalsAsync("sin JS");
        }
        var resident = TestResident.New();
        using var photo = TestPhoto.Create();
        await using var phone = await Phone.OpenAsync(text.Locale, javaScriptEnabled: false);
        var page = phone.Page;
        await Residents.SignUpAndConfirmAsync(phone, text, resident, process.District);
        await Residents.SignInFromConfirmationAsync(page, text, resident);
        await phone.GoToAsync($"/processes/{process.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = text.ProposeLink, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{process.Id}/propose$"));

        // The server checks the form: a too-short description comes back with a message, keeping what was typed.
        await Residents.FillProposalFormAsync(page, text, proposal with { Description = "Banqueta rota." }, process, photo.Path);
        var form = Residents.ProposalForm(page);
        await form.GetByRole(AriaRole.Button, new() { Name = text.Send, Exact = true }).ClickAsync();
        await Expect(form.GetByText(text.DescriptionTooShort, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{process.Id}/propose$"));
        await Expect(form.GetByLabel(text.ProposalTitle, new() { Exact = true })).ToHaveValueAsync(proposal.Title);
        await Expect(form.GetByLabel(text.EstimatedCostInput, new() { Exact = true })).ToHaveValueAsync(proposal.EstimatedCost);

        // Fixed and sent again; browsers never send a file back, so the photo is chosen again.
        await Residents.FillProposalFormAsync(page, text, proposal, process, photo.Path);
        var proposalId = await Residents.SendProposalAsync(page, text);

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(text.Submitted);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(proposal.Title);
        await Expect(page.Locator("main .status-badge")).ToHaveTextAsync(text.StatusSubmitted);
        await Expect(Residents.Fact(page, text.EstimatedCost)).ToHaveTextAsync(TestProposal.EstimatedCostShown);
        await Residents.AssertPhotoShownAsync(phone, text, proposal.Title);
        await phone.GoToAsync($"/processes/{process.Id}/proposals");
        await Expect(page.Locator("#proposals").GetByRole(AriaRole.Link, new() { Name = proposal.Title, Exact = true }))
            .ToHaveAttributeAsync("href", $"/proposals/{proposalId}");
    }

    private static ILocator QueueRow(IPage page, string title) =>
        page.Locator("table.review-queue tbody tr")
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });
}
