using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages;

public sealed class IndexTests : AppFixture
{
    [Test]
    public async Task ListsCreatedProcessWithItsPhaseAndDistrictCount()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess();
        var id = await CreateProcessAsync(admin, values, ("Coyoacán", "1000"), ("Tlalpan", "2000"));

        var home = await HomePage.OpenAsync(NewBrowser());

        var card = home.Page.Document.QuerySelectorAll("#processes li")
            .Single(li => li.QuerySelector($"a[href='/processes/{id}']") is not null);
        Assert.Multiple(() =>
        {
            Assert.That(home.ProcessNames, Does.Contain(values.Name));
            Assert.That(card.QuerySelector(".phase")?.TextContent.Trim(), Is.EqualTo("Borrador"));
            Assert.That(card.TextContent, Does.Contain("Colonias: 2"));
        });
    }

    [Test]
    public async Task ShowsMarkupInNamesAsText()
    {
        var admin = await SignedInAsAdminAsync();
        var name = "<script>alert('x')</script> " + Unique("Proceso");
        await CreateProcessAsync(admin, ValidProcess(name));

        var home = await HomePage.OpenAsync(NewBrowser());

        Assert.Multiple(() =>
        {
            Assert.That(home.ProcessNames, Does.Contain(name));
            Assert.That(home.Page.Document.QuerySelectorAll("main script"), Is.Empty);
        });
    }

    [Test]
    public async Task ShowsPhaseInEnglish()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());

        var home = await HomePage.OpenAsync(NewBrowser("en"));

        var card = home.Page.Document.QuerySelectorAll("#processes li")
            .Single(li => li.QuerySelector($"a[href='/processes/{id}']") is not null);
        Assert.That(card.QuerySelector(".phase")?.TextContent.Trim(), Is.EqualTo("Draft"));
    }
}

public sealed class EmptyIndexTests : AppFixture
{
    [Test]
    public async Task SaysThereAreNoProcessesYet()
    {
        var home = await HomePage.OpenAsync(NewBrowser());

        Assert.Multiple(() =>
        {
            Assert.That(home.ProcessNames, Is.Empty);
            Assert.That(home.Page.Texts("main p"), Does.Contain("Todavía no hay procesos."));
        });
    }
}
