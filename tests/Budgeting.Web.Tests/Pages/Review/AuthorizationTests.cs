using System.Net;
using Budgeting.Core.Proposals;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Review;

public sealed class AuthorizationTests : AppFixture
{
    private static readonly string[] ReviewPages = ["/review/processes/{process}", "/review/proposals/{proposal}"];

    private int _processId;
    private int _proposalId;

    [OneTimeSetUp]
    public async Task CreateProposalInReview()
    {
        var admin = await SignedInAsAdminAsync();
        _processId = await CreateProcessInProposalsAsync(admin, ["Alumbrado"], ("Coyoacán", "1000000"));
        _proposalId = await ProposeAsync(await SignedInUserAsync([Roles.Resident]), _processId, ProposalValues.Valid("Coyoacán", "Alumbrado"));
        await MoveToPhaseAsync(admin, _processId, "Review");
    }

    [TestCaseSource(nameof(ReviewPages))]
    public async Task SendsVisitorToSignIn(string path)
    {
        var visitor = NewBrowser();

        var page = await visitor.GetAsync(Path(path));

        Assert.Multiple(() =>
        {
            Assert.That(visitor.Redirects.Select(r => r.AbsolutePath), Is.EqualTo(new[] { "/account/login" }));
            Assert.That(page.Find("#login-submit"), Is.Not.Null);
        });
    }

    [TestCaseSource(nameof(ReviewPages))]
    public async Task ForbidsResident(string path)
    {
        var resident = await SignedInUserAsync([Roles.Resident]);

        var page = await resident.Browser.GetAsync(Path(path));

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(page.Url.AbsolutePath, Is.EqualTo("/account/access-denied"));
            Assert.That(page.Find("#ruling-form"), Is.Null);
        });
    }

    [Test]
    public async Task ForbidsResidentToPostARuling()
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var home = await resident.Browser.GetAsync("/");

        var page = await resident.Browser.PostAsync($"/review/proposals/{_proposalId}",
        [
            new("Input.Decision", "NotFeasible"),
            new("Input.Reason", "No me gusta."),
            new("__RequestVerificationToken", home.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? ""),
        ]);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await DbAsync(db => db.Proposals.Where(p => p.Id == _proposalId).Select(p => p.Status).SingleAsync()),
                Is.EqualTo(ProposalStatus.Submitted));
        });
    }

    [TestCase(Roles.Reviewer)]
    [TestCase(Roles.Organizer)]
    public async Task LetsReviewersAndOrganizersSeeTheQueue(string role)
    {
        var reviewer = await SignedInUserAsync([role]);

        var queue = await ReviewQueuePage.OpenAsync(reviewer.Browser, _processId);
        var rule = await RulePage.OpenAsync(reviewer.Browser, _proposalId);

        Assert.Multiple(() =>
        {
            Assert.That(queue.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(queue.Titles, Is.EqualTo(new[] { "Luminarias en la calle Hidalgo" }));
            Assert.That(rule.HasForm, Is.True);
        });
    }

    private string Path(string template) => template
        .Replace("{process}", _processId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{proposal}", _proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
