using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.My;

public sealed class ProposalsTests : AppFixture
{
    [Test]
    public async Task ListsTheAuthorsProposalsWithStatusAndReason()
    {
        var admin = await SignedInAsAdminAsync();
        var processId = await CreateProcessInProposalsAsync(admin, ["Alumbrado"], ("Coyoacán", "1000000"));
        var author = await SignedInUserAsync([Roles.Resident]);
        var neighbour = await SignedInUserAsync([Roles.Resident]);
        var lights = await ProposeAsync(author, processId, ProposalValues.Valid("Coyoacán", "Alumbrado", "Luminarias en Hidalgo"));
        await ProposeAsync(author, processId, ProposalValues.Valid("Coyoacán", "Alumbrado", "Bancas en el jardín"));
        await ProposeAsync(neighbour, processId, ProposalValues.Valid("Coyoacán", "Alumbrado", "Propuesta de otra vecina"));
        await MoveToPhaseAsync(admin, processId, "Review");
        var reviewer = await SignedInUserAsync([Roles.Reviewer]);
        await (await RulePage.OpenAsync(reviewer.Browser, lights)).RuleAsync("NotFeasible", "La calle es federal.");

        var page = await MyProposalsPage.OpenAsync(author.Browser);

        Assert.Multiple(() =>
        {
            Assert.That(page.Page.Heading, Is.EqualTo("Mis propuestas"));
            Assert.That(page.Rows, Is.EquivalentTo(new (string, string, string?)[]
            {
                ("Luminarias en Hidalgo", "No viable", "La calle es federal."),
                ("Bancas en el jardín", "En revisión", null),
            }));
            Assert.That(page.Page.Document.QuerySelectorAll("#my-proposals a").Select(a => a.GetAttribute("href")),
                Does.Contain($"/proposals/{lights}"));
        });
    }

    [Test]
    public async Task SaysSoWhenTheResidentHasNoProposals()
    {
        var resident = await SignedInUserAsync([Roles.Resident]);

        var page = await MyProposalsPage.OpenAsync(resident.Browser);

        Assert.Multiple(() =>
        {
            Assert.That(page.Rows, Is.Empty);
            Assert.That(page.Page.Find("#no-proposals")?.TextContent.Trim(), Is.EqualTo("Todavía no has enviado propuestas."));
        });
    }

    [Test]
    public async Task SendsVisitorToSignIn()
    {
        var visitor = NewBrowser();

        await MyProposalsPage.OpenAsync(visitor);

        Assert.That(visitor.Redirects.Select(r => r.AbsolutePath), Is.EqualTo(new[] { "/account/login" }));
    }
}
