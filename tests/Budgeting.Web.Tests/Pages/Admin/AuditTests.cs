using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Admin;

public sealed class AuditTests : AppFixture
{
    [Test]
    public async Task FiltersEntriesByProcessNewestFirst()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess();
        var first = await CreateProcessAsync(admin, values, ("Coyoacán", "1000"));
        await CreateProcessAsync(admin, ValidProcess(), ("Tlalpan", "1000"));

        var audit = await AuditPage.OpenAsync(admin, first);

        Assert.That(audit.Entries.Select(e => (e.What, e.Details)), Is.EqualTo(new[]
        {
            ("Colonia agregada", "Coyoacán: 100000"),
            ("Proceso creado", values.Name),
        }));
    }

    [Test]
    public async Task NamesActionsInEnglish()
    {
        var admin = await SignedInAsAdminAsync("en");
        await CreateProcessAsync(admin, ValidProcess());

        var audit = await AuditPage.OpenAsync(admin);

        Assert.That(audit.Entries.Select(e => e.What), Does.Contain("Process created"));
    }
}
