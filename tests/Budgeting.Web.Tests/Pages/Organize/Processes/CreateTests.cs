using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Organize.Processes;

public sealed class CreateTests : AppFixture
{
    [Test]
    public async Task CreatesProcessWithDistricts()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess() with { CityWideBudget = "2,500,000.50" };

        var id = await CreateProcessAsync(admin, values, ("Santa Úrsula Coapa", "1248500"), ("Pueblo de Los Reyes", "982,300.25"));

        var saved = await DbAsync(db => db.Processes.Include(p => p.Districts).SingleAsync(p => p.Id == id));
        Assert.Multiple(() =>
        {
            Assert.That(saved.Name, Is.EqualTo(values.Name));
            Assert.That(saved.TimeZoneId, Is.EqualTo(ProcessValues.MexicoCity));
            Assert.That(saved.CurrencyCode, Is.EqualTo("MXN"));
            Assert.That(saved.CityWideBudget, Is.EqualTo(250_000_050));
            Assert.That(saved.Districts.Select(d => (d.Name, d.Budget)),
                Is.EquivalentTo(new[] { ("Santa Úrsula Coapa", 124_850_000L), ("Pueblo de Los Reyes", 98_230_025L) }));
        });
    }

    [Test]
    public async Task StoresPhaseDatesInUtcFromTheProcessTimeZone()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess() with { ProposalsOpen = "2026-07-01T09:00" };

        var id = await CreateProcessAsync(admin, values);

        var saved = await DbAsync(db => db.Processes.SingleAsync(p => p.Id == id));
        Assert.That(saved.Schedule.ProposalsOpenUtc, Is.EqualTo(new DateTime(2026, 7, 1, 15, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public async Task RedirectsToDistrictsWithStatusMessage()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess();

        var page = await (await CreateProcessPage.OpenAsync(admin)).SubmitAsync(values);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Url.AbsolutePath, Does.EndWith("/districts"));
            Assert.That(page.StatusMessage, Is.EqualTo($"Se creó el proceso «{values.Name}». Ahora agrega sus colonias."));
        });
    }

    [Test]
    public async Task WritesCreationToAuditLog()
    {
        var admin = await SignedInAsAdminAsync();

        var id = await CreateProcessAsync(admin, ValidProcess());

        var entries = await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == id).ToListAsync());
        Assert.That(entries.Select(e => (e.Action, e.ActorName)),
            Is.EqualTo(new[] { (AuditActions.ProcessCreated, BudgetingApp.AdminEmail) }));
    }

    [Test]
    public async Task ShowsSpanishErrorWhenNameMissing()
    {
        var admin = await SignedInAsAdminAsync();

        var page = await (await CreateProcessPage.OpenAsync(admin)).SubmitAsync(ValidProcess() with { Name = "" });

        Assert.That(page.FieldError("Input.Name"), Is.EqualTo("Falta completar «Nombre»."));
    }

    [Test]
    public async Task ShowsEnglishErrorWhenNameMissing()
    {
        var admin = await SignedInAsAdminAsync(acceptLanguage: "en-US");

        var page = await (await CreateProcessPage.OpenAsync(admin)).SubmitAsync(ValidProcess() with { Name = "" });

        Assert.Multiple(() =>
        {
            Assert.That(page.Language, Is.EqualTo("en"));
            Assert.That(page.FieldError("Input.Name"), Is.EqualTo("“Name” is required."));
        });
    }

    [Test]
    public async Task ShowsEnglishErrorWhenDatesOutOfOrder()
    {
        var admin = await SignedInAsAdminAsync(acceptLanguage: "en");
        var values = ValidProcess();

        var page = await (await CreateProcessPage.OpenAsync(admin)).SubmitAsync(values with { VotingClose = values.VotingOpen });

        Assert.That(page.FieldError("Input.VotingClose"), Is.EqualTo("“Voting closes” must come after “Voting opens”."));
    }

    [TestCase("Name", "", "Input.Name", "Falta completar «Nombre».")]
    [TestCase("Name", "   ", "Input.Name", "Falta completar «Nombre».")]
    [TestCase("Name", "@201", "Input.Name", "Nombre: máximo 200 caracteres.")]
    [TestCase("Description", "@4001", "Input.Description", "Descripción: máximo 4000 caracteres.")]
    [TestCase("CityWideBudget", "-5", "Input.CityWideBudget", "Presupuesto para toda la ciudad debe ser mayor que cero.")]
    [TestCase("CityWideBudget", "0", "Input.CityWideBudget", "Presupuesto para toda la ciudad debe ser mayor que cero.")]
    [TestCase("CityWideBudget", "1000000000000.01", "Input.CityWideBudget", "Presupuesto para toda la ciudad es demasiado grande.")]
    [TestCase("CityWideBudget", "99999999999999999999999999999999999", "Input.CityWideBudget", "Presupuesto para toda la ciudad debe ser una cantidad, por ejemplo 1500000 o 1,500,000.00.")]
    [TestCase("CityWideBudget", "mucho", "Input.CityWideBudget", "Presupuesto para toda la ciudad debe ser una cantidad, por ejemplo 1500000 o 1,500,000.00.")]
    [TestCase("CityWideBudget", "10.005", "Input.CityWideBudget", "Presupuesto para toda la ciudad: como máximo 2 decimales.")]
    [TestCase("TimeZoneId", "Mars/Olympus_Mons", "Input.TimeZoneId", "Elige una zona horaria de la lista.")]
    [TestCase("TimeZoneId", "../../../etc/passwd", "Input.TimeZoneId", "Elige una zona horaria de la lista.")]
    [TestCase("CurrencyCode", "XXX", "Input.CurrencyCode", "Elige una moneda de la lista.")]
    [TestCase("ProposalsOpen", "", "Input.ProposalsOpen", "Falta completar «Apertura de propuestas».")]
    [TestCase("ProposalsOpen", "mañana", "Input.ProposalsOpen", "Este valor no se entiende; revisa el formato.")]
    [TestCase("ReviewOpen", "2020-01-01T09:00", "Input.ReviewOpen", "«Inicio de la revisión» debe ser posterior a «Apertura de propuestas».")]
    [TestCase("VotingClose", "2020-01-01T09:00", "Input.VotingClose", "«Cierre de la votación» debe ser posterior a «Apertura de la votación».")]
    public async Task RefusesBadInputAndCreatesNothing(string field, string value, string errorField, string message)
    {
        var admin = await SignedInAsAdminAsync();
        var before = await DbAsync(db => db.Processes.CountAsync());

        var page = await (await CreateProcessPage.OpenAsync(admin)).SubmitAsync(ValidProcess().With(field, Typed(value)));

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Url.AbsolutePath, Is.EqualTo("/organize/processes/new"));
            Assert.That(page.FieldError(errorField), Is.EqualTo(message));
            Assert.That(await DbAsync(db => db.Processes.CountAsync()), Is.EqualTo(before));
            Assert.That(await DbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ProcessCreated)), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task RefusesLocalTimeSkippedByClockChange()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess() with
        {
            TimeZoneId = "Europe/Madrid",
            ProposalsOpen = "2027-03-01T09:00",
            ReviewOpen = "2027-03-28T02:30",
            VotingOpen = "2027-04-10T09:00",
            VotingClose = "2027-04-20T09:00",
        };

        var page = await (await CreateProcessPage.OpenAsync(admin)).SubmitAsync(values);

        Assert.That(page.FieldError("Input.ReviewOpen"), Does.StartWith("«Inicio de la revisión» cae en una hora que no existe"));
    }
}
