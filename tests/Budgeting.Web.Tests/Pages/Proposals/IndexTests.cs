using System.Net;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class IndexTests : AppFixture
{
    private const string Lights = "Luminarias en Hidalgo";
    private const string Park = "Juegos en el parque de Tlalpan";
    private const string Garden = "Jardín en la glorieta de Coyoacán";

    private int _processId;

    [OneTimeSetUp]
    public async Task ProposeThreeAndRuleOneNotFeasible()
    {
        var admin = await SignedInAsAdminAsync();
        _processId = await CreateProcessInProposalsAsync(admin, ["Alumbrado", "Parques"], ("Coyoacán", "1000000"), ("Tlalpan", "500000"));
        var author = await SignedInUserAsync([Roles.Resident]);
        await ProposeAsync(author, _processId, ProposalValues.Valid("Coyoacán", "Alumbrado", Lights));
        await ProposeAsync(author, _processId, ProposalValues.Valid("Tlalpan", "Parques", Park));
        var garden = await ProposeAsync(author, _processId, ProposalValues.Valid("Coyoacán", "Parques", Garden));
        await MoveToPhaseAsync(admin, _processId, "Review");
        var reviewer = await SignedInUserAsync([Roles.Reviewer]);
        await (await RulePage.OpenAsync(reviewer.Browser, garden)).RuleAsync("NotFeasible", "La glorieta es federal.");
    }

    [Test]
    public async Task ListsEveryProposalToAVisitor()
    {
        var page = await ProposalListPage.OpenAsync(NewBrowser(), _processId);

        Assert.Multiple(() =>
        {
            Assert.That(page.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Titles, Is.EquivalentTo(new[] { Lights, Park, Garden }));
            Assert.That(page.Page.Find("#propose"), Is.Null, "proposals are closed");
        });
    }

    [TestCase("Coyoacán", null, null, new[] { Garden, Lights })]
    [TestCase("Tlalpan", null, null, new[] { Park })]
    [TestCase(null, "Parques", null, new[] { Garden, Park })]
    [TestCase(null, null, "No viable", new[] { Garden })]
    [TestCase(null, null, "En revisión", new[] { Park, Lights })]
    [TestCase("Coyoacán", "Parques", "En revisión", new string[0])]
    [TestCase("Coyoacán", "Alumbrado", "En revisión", new[] { Lights })]
    public async Task FiltersByDistrictCategoryAndStatus(string? district, string? category, string? status, string[] expected)
    {
        var list = await ProposalListPage.OpenAsync(NewBrowser(), _processId);

        var page = await list.FilterAsync(district, category, status);

        Assert.Multiple(() =>
        {
            Assert.That(page.Titles, Is.EquivalentTo(expected));
            Assert.That(page.Page.Find("#no-proposals") is null, Is.EqualTo(expected.Length > 0));
        });
    }

    [Test]
    public async Task AnswersNotFoundForUnknownProcess()
    {
        var page = await NewBrowser().GetAsync("/processes/987654/proposals");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
