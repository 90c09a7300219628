using AngleSharp.Html.Dom;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class InUseTests : AppFixture
{
    [Test]
    public async Task RefusesRemovingADistrictThatHasProposals()
    {
        var admin = await SignedInAsAdminAsync();
        var processId = await CreateProcessInProposalsAsync(admin, ["Parques"], ("Coyoacán", "1000000"), ("Tlalpan", "1000000"));
        await ProposeAsync(await SignedInUserAsync([Roles.Resident]), processId, ProposalValues.Valid("Coyoacán", "Parques"));
        var districtId = await DistrictIdAsync(processId, "Coyoacán");
        var page = await DistrictsPage.OpenAsync(admin, processId);
        var remove = (IHtmlFormElement)page.Page.Document.QuerySelectorAll("#district-list form")
            .Single(f => f.GetAttribute("action")!.Contains("handler=Remove", StringComparison.Ordinal)
                && f.GetAttribute("action")!.Contains($"districtId={districtId}", StringComparison.Ordinal));

        var after = await new HtmlForm(page.Page, remove).SubmitAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(after.Status, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(after.Errors, Does.Contain("Esta colonia ya tiene propuestas, proyectos o vecinos registrados; no se puede eliminar."));
            Assert.That(await DbAsync(db => db.Districts.CountAsync(d => d.ProcessId == processId)), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task RefusesRemovingACategoryThatHasProposals()
    {
        var admin = await SignedInAsAdminAsync();
        var processId = await CreateProcessInProposalsAsync(admin, ["Parques", "Alumbrado"], ("Coyoacán", "1000000"));
        await ProposeAsync(await SignedInUserAsync([Roles.Resident]), processId, ProposalValues.Valid("Coyoacán", "Parques"));

        var after = await (await CategoriesPage.OpenAsync(admin, processId)).RemoveAsync("Parques");

        Assert.Multiple(async () =>
        {
            Assert.That(after.Page.Status, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(after.Page.Errors, Does.Contain("Esta categoría ya tiene propuestas o proyectos; no se puede eliminar (puedes renombrarla)."));
            Assert.That(await DbAsync(db => db.Categories.CountAsync(c => c.ProcessId == processId)), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task StillRemovesAnUnusedCategory()
    {
        var admin = await SignedInAsAdminAsync();
        var processId = await CreateProcessInProposalsAsync(admin, ["Parques", "Alumbrado"], ("Coyoacán", "1000000"));
        await ProposeAsync(await SignedInUserAsync([Roles.Resident]), processId, ProposalValues.Valid("Coyoacán", "Parques"));

        var after = await (await CategoriesPage.OpenAsync(admin, processId)).RemoveAsync("Alumbrado");

        Assert.That(after.Names, Is.EqualTo(new[] { "Parques" }));
    }
}
