using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Budgeting.EndToEnd.Tests;

/// <summary>
/// axe-core, with its default rules, on the pages of proposing and reviewing, in each language on the phone. One
/// process open for proposals, with one proposal and its photo, is set up through the pages for all of them.
/// </summary>
[TestFixture]
public sealed class ProposalAccessibilityTests
{
    private TestProcess process = null!;
    private TestResident resident = null!;
    private int proposalId;

    [OneTimeSetUp]
    public async Task SetUpAProposalAsync()
    {
        var text = ProposalText.Spanish;
        await using (var organizer = await Organizer.SignInAsync())
        {
            process = await organizer.CreateProcessOpenForProposalsAsync("accesible");
        }
        resident = TestResident.New();
        using var photo = TestPhoto.Create();
        await using var phone = await Phone.OpenAsync(text.Locale);
        await Residents.SignUpAndConfirmAsync(phone, text, resident, process.District);
        await Residents.SignInFromConfirmationAsync(phone.Page, text, resident);
        await phone.GoToAsync($"/processes/{process.Id}/propose");
        await Residents.FillProposalFormAsync(phone.Page, text, TestProposal.Sidewalk, process, photo.Path);
        proposalId = await Residents.SendProposalAsync(phone.Page, text);
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ProposePageHasNoAccessibilityViolations(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);
        var page = phone.Page;
        await phone.GoToAsync($"/processes/{process.Id}/propose");
        await SignInTests.SubmitSignInFormAsync(page, UiText.For(locale), resident.Email, resident.Password);
        await Expect(page).ToHaveURLAsync(new Regex($"/processes/{process.Id}/propose$"));
        await Expect(Residents.ProposalForm(page)).ToBeVisibleAsync();

        await AccessibilityTests.AssertNoViolationsAsync(page);
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ProposalPageHasNoAccessibilityViolations(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);

        await phone.GoToAsync($"/proposals/{proposalId}");
        await Residents.AssertPhotoShownAsync(phone, ProposalText.For(locale), TestProposal.Sidewalk.Title);

        await AccessibilityTests.AssertNoViolationsAsync(phone.Page);
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ProposalListHasNoAccessibilityViolations(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);

        await phone.GoToAsync($"/processes/{process.Id}/proposals");
        await Expect(phone.Page.Locator("#proposals > li")).ToHaveCountAsync(1);

        await AccessibilityTests.AssertNoViolationsAsync(phone.Page);
    }

    [TestCase(Phone.Spanish)]
    [TestCase(Phone.English)]
    public async Task ReviewQueueHasNoAccessibilityViolations(string locale)
    {
        await using var phone = await Phone.OpenAsync(locale);
        var page = phone.Page;
        await phone.GoToAsync($"/review/processes/{process.Id}");
        await SignInTests.SubmitSignInFormAsync(page, UiText.For(locale), DemoProcess.ReviewerEmail, AppServer.DemoPassword);
        await Expect(page.Locator("table.review-queue tbody tr")).ToHaveCountAsync(1);

        await AccessibilityTests.AssertNoViolationsAsync(page);
    }
}
