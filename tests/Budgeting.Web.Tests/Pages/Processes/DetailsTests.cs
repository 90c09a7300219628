using System.Net;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Processes;

public sealed class DetailsTests : AppFixture
{
    [Test]
    public async Task ListsDistrictsWithBudgetsToVisitors()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess() with { CityWideBudget = "500000" };
        var id = await CreateProcessAsync(admin, values, ("Tlalpan", "1234567.5"), ("Coyoacán", "1000"));

        var page = await ProcessPage.OpenAsync(NewBrowser(), id);

        Assert.Multiple(() =>
        {
            Assert.That(page.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Page.Heading, Is.EqualTo(values.Name));
            Assert.That(page.Districts, Is.EqualTo(new[] { ("Coyoacán", "1,000.00 MXN"), ("Tlalpan", "1,234,567.50 MXN") }));
            Assert.That(page.Page.Find("#districts tfoot td")?.TextContent.Trim(), Is.EqualTo("500,000.00 MXN"));
            Assert.That(page.Badge, Is.EqualTo("Borrador"));
        });
    }

    [Test]
    public async Task SaysWhenProcessHasNoDistricts()
    {
        var id = await CreateProcessAsync(await SignedInAsAdminAsync(), ValidProcess());

        var page = await ProcessPage.OpenAsync(NewBrowser("en"), id);

        Assert.That(page.Page.Texts("main p"), Does.Contain("This process has no districts yet."));
    }

    [Test]
    public async Task FollowsTheClockThroughThePhases()
    {
        var id = await CreateProcessAsync(await SignedInAsAdminAsync(), ValidProcess());
        var badges = new List<string>();

        foreach (var days in new[] { 0, 8, 30, 20, 14 })
        {
            App.Clock.Advance(TimeSpan.FromDays(days));
            badges.Add((await ProcessPage.OpenAsync(NewBrowser(), id)).Badge);
        }

        Assert.That(badges, Is.EqualTo(new[] { "Borrador", "Propuestas", "Revisión", "Votación", "Cerrado" }));
    }

    [Test]
    public async Task AnswersNotFoundForUnknownProcess()
    {
        var page = await NewBrowser().GetAsync("/processes/424242");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.Heading, Is.EqualTo("Página no encontrada"));
        });
    }
}
