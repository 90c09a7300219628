using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Organize.Processes;

public sealed class DistrictsTests : AppFixture
{
    [Test]
    public async Task AddsDistrictAndRecordsItInAuditLog()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());

        var page = await (await DistrictsPage.OpenAsync(admin, id)).AddAsync("Barrio de San Lucas", "756,800");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Names, Is.EqualTo(new[] { "Barrio de San Lucas" }));
            Assert.That(page.Page.StatusMessage, Is.EqualTo("Cambios guardados."));
            var entries = await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == id && e.Action == AuditActions.DistrictAdded).ToListAsync());
            Assert.That(entries.Select(e => e.Details), Is.EqualTo(new[] { "Barrio de San Lucas: 75680000" }));
        });
    }

    [Test]
    public async Task UpdatesDistrictNameAndBudget()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Los Reyes", "1000"));

        var page = await (await DistrictsPage.OpenAsync(admin, id)).UpdateAsync("Los Reyes", "Pueblo de Los Reyes", "2000.50");

        var districts = await DbAsync(db => db.Districts.Where(d => d.ProcessId == id).Select(d => new { d.Name, d.Budget }).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(page.Page.Errors, Is.Empty);
            Assert.That(districts.Select(d => (d.Name, d.Budget)), Is.EqualTo(new[] { ("Pueblo de Los Reyes", 200_050L) }));
        });
    }

    [TestCase("", "1000", "Falta completar «Colonia o pueblo».")]
    [TestCase("   ", "1000", "Falta completar «Colonia o pueblo».")]
    [TestCase("@121", "1000", "Colonia o pueblo: máximo 120 caracteres.")]
    [TestCase("Nueva", "", "Falta completar «Presupuesto».")]
    [TestCase("Nueva", "-100", "Presupuesto debe ser mayor que cero.")]
    [TestCase("Nueva", "0", "Presupuesto debe ser mayor que cero.")]
    [TestCase("Nueva", "1000000000001", "Presupuesto es demasiado grande.")]
    [TestCase("Nueva", "79228162514264337593543950335", "Presupuesto es demasiado grande.")]
    [TestCase("Nueva", "1e9", "Presupuesto debe ser una cantidad, por ejemplo 1500000 o 1,500,000.00.")]
    [TestCase("Nueva", "mil", "Presupuesto debe ser una cantidad, por ejemplo 1500000 o 1,500,000.00.")]
    [TestCase("Nueva", "10.001", "Presupuesto: como máximo 2 decimales.")]
    [TestCase("Santa Úrsula Coapa", "1000", "Ya existe una colonia con ese nombre en este proceso.")]
    [TestCase("santa ursula coapa", "1000", "Ya existe una colonia con ese nombre en este proceso.")]
    [TestCase("  SANTA ÚRSULA COAPA ", "1000", "Ya existe una colonia con ese nombre en este proceso.")]
    public async Task RefusesBadDistrictAndChangesNothing(string name, string budget, string message)
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Santa Úrsula Coapa", "1000"));

        var page = await (await DistrictsPage.OpenAsync(admin, id)).AddAsync(Typed(name), budget);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Page.Errors, Does.Contain(message));
            Assert.That(await DistrictsOfAsync(id), Is.EqualTo(new[] { ("Santa Úrsula Coapa", 100_000L) }));
            Assert.That(await DbAsync(db => db.AuditEntries.CountAsync(e => e.ProcessId == id && e.Action == AuditActions.DistrictAdded)),
                Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RefusesRenamingDistrictToAnotherDistrictsName()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Coyoacán", "1000"), ("Tlalpan", "2000"));

        var page = await (await DistrictsPage.OpenAsync(admin, id)).UpdateAsync("Tlalpan", "COYOACAN", "2000");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.Errors, Does.Contain("Ya existe una colonia con ese nombre en este proceso."));
            Assert.That(await DistrictsOfAsync(id), Is.EquivalentTo(new[] { ("Coyoacán", 100_000L), ("Tlalpan", 200_000L) }));
        });
    }

    [Test]
    public async Task ShowsEnglishErrorForNegativeBudget()
    {
        var admin = await SignedInAsAdminAsync(acceptLanguage: "en-GB");
        var id = await CreateProcessAsync(admin, ValidProcess());

        var page = await (await DistrictsPage.OpenAsync(admin, id)).AddAsync("Somewhere", "-5");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.FieldError("NewDistrict.Budget"), Is.EqualTo("Budget must be more than zero."));
            Assert.That(await DistrictsOfAsync(id), Is.Empty);
        });
    }

    [Test]
    public async Task RefusesDecimalsForCurrencyWithoutMinorUnits()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess() with { CurrencyCode = "CLP" });

        var page = await (await DistrictsPage.OpenAsync(admin, id)).AddAsync("Providencia", "1000.5");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.FieldError("NewDistrict.Budget"), Is.EqualTo("Presupuesto: como máximo 0 decimales."));
            Assert.That(await DistrictsOfAsync(id), Is.Empty);
        });
    }

    [Test]
    public async Task RefusesNewDistrictOnceVotingHasOpened()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Coyoacán", "1000"));
        var until = ProcessValues.Local(App.Clock.GetUtcNow().UtcDateTime.AddDays(20));
        await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Voting", until, "Abrir antes para la prueba");

        var districts = await DistrictsPage.OpenAsync(admin, id);
        var page = await districts.AddAsync("Tlalpan", "1000");

        Assert.Multiple(async () =>
        {
            Assert.That(districts.Page.Find("p.notice")?.TextContent.Trim(),
                Is.EqualTo("La votación ya abrió: las colonias, los presupuestos y la moneda ya no se pueden cambiar."));
            Assert.That(page.Page.Errors, Does.Contain(
                "Las reglas de la votación ya están fijas: no se pueden cambiar colonias, presupuestos ni moneda una vez abierta la votación."));
            Assert.That(await DistrictsOfAsync(id), Is.EqualTo(new[] { ("Coyoacán", 100_000L) }));
        });
    }

    [Test]
    public async Task RefusesRemovingDistrictOnceVotingHasOpened()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Coyoacán", "1000"));
        var until = ProcessValues.Local(App.Clock.GetUtcNow().UtcDateTime.AddDays(20));
        await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Voting", until, "Abrir antes");
        var districts = await DistrictsPage.OpenAsync(admin, id);
        var removeForm = districts.Page.Document.QuerySelector("#district-list form[action*='handler=Remove']")!;

        var page = await new HtmlForm(districts.Page, (AngleSharp.Html.Dom.IHtmlFormElement)removeForm).SubmitAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(page.Errors, Does.Contain(
                "Las reglas de la votación ya están fijas: no se pueden cambiar colonias, presupuestos ni moneda una vez abierta la votación."));
            Assert.That(await DistrictsOfAsync(id), Is.EqualTo(new[] { ("Coyoacán", 100_000L) }));
        });
    }

    [Test]
    public async Task RefusesTamperedPostAboutAnotherProcessDistrict()
    {
        var admin = await SignedInAsAdminAsync();
        var mine = await CreateProcessAsync(admin, ValidProcess(), ("Coyoacán", "1000"));
        var other = await CreateProcessAsync(admin, ValidProcess(), ("Tlalpan", "2000"));
        var otherDistrict = await DbAsync(db => db.Districts.Where(d => d.ProcessId == other).Select(d => d.Id).SingleAsync());
        var districts = await DistrictsPage.OpenAsync(admin, mine);
        var removeForm = (AngleSharp.Html.Dom.IHtmlFormElement)districts.Page.Document.QuerySelector("#district-list form[action*='handler=Remove']")!;
        removeForm.Action = $"/organize/processes/{mine}/districts?handler=Remove&districtId={otherDistrict}";

        var page = await new HtmlForm(districts.Page, removeForm).SubmitAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(page.Errors, Does.Contain("Esa colonia ya no existe."));
            Assert.That(await DistrictsOfAsync(other), Is.EqualTo(new[] { ("Tlalpan", 200_000L) }));
            Assert.That(await DistrictsOfAsync(mine), Is.EqualTo(new[] { ("Coyoacán", 100_000L) }));
        });
    }

    [Test]
    public async Task AnswersNotFoundForUnknownProcess()
    {
        var admin = await SignedInAsAdminAsync();

        var page = await admin.GetAsync("/organize/processes/987654/districts");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private Task<List<(string, long)>> DistrictsOfAsync(int id) =>
        DbAsync(async db => (await db.Districts.Where(d => d.ProcessId == id).ToListAsync()).Select(d => (d.Name, d.Budget)).ToList());
}
