using System.Globalization;
using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Organize.Processes;

public sealed class EditTests : AppFixture
{
    [Test]
    public async Task ShowsTheSavedValuesInTheForm()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess() with { CityWideBudget = "1500000.5" };
        var id = await CreateProcessAsync(admin, values);

        var form = (await CreateProcessPage.OpenEditAsync(admin, id)).Page.Form("process-form");

        Assert.Multiple(() =>
        {
            Assert.That(form.Value("Input.Name"), Is.EqualTo(values.Name));
            Assert.That(form.Value("Input.CityWideBudget"), Is.EqualTo("1500000.5"));
            Assert.That(DateTime.Parse(form.Value("Input.ProposalsOpen")!, CultureInfo.InvariantCulture),
                Is.EqualTo(DateTime.Parse(values.ProposalsOpen, CultureInfo.InvariantCulture)));
            Assert.That(DateTime.Parse(form.Value("Input.VotingClose")!, CultureInfo.InvariantCulture),
                Is.EqualTo(DateTime.Parse(values.VotingClose, CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task SavesChangesAndDescribesThemInAuditLog()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess();
        var id = await CreateProcessAsync(admin, values);
        var renamed = Unique("Renombrado");

        var page = await (await CreateProcessPage.OpenEditAsync(admin, id)).SubmitAsync(values with { Name = renamed });

        var entry = await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == id && e.Action == AuditActions.ProcessUpdated).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(page.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That(entry.Details, Is.EqualTo($"name: \"{values.Name}\" -> \"{renamed}\""));
        });
    }

    [TestCase("CurrencyCode", "USD")]
    [TestCase("CityWideBudget", "1000")]
    public async Task RefusesRuleChangesOnceVotingHasOpened(string field, string value)
    {
        var admin = await SignedInAsAdminAsync();
        var values = ProcessValues.Voting(Unique("En votación"), App.Clock.GetUtcNow());
        var id = await CreateProcessAsync(admin, values);

        var page = await (await CreateProcessPage.OpenEditAsync(admin, id)).SubmitAsync(values.With(field, value));

        var saved = await DbAsync(db => db.Processes.SingleAsync(p => p.Id == id));
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Errors, Is.EqualTo(new[]
            {
                "Las reglas de la votación ya están fijas: no se pueden cambiar colonias, presupuestos ni moneda una vez abierta la votación.",
            }));
            Assert.That(saved.CurrencyCode, Is.EqualTo("MXN"));
            Assert.That(saved.CityWideBudget, Is.Null);
        });
    }

    [Test]
    public async Task RenamesProcessWhileVotingIsOpen()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ProcessValues.Voting(Unique("En votación"), App.Clock.GetUtcNow());
        var id = await CreateProcessAsync(admin, values);

        var page = await (await CreateProcessPage.OpenEditAsync(admin, id)).SubmitAsync(values with { Name = "Nuevo nombre" });

        Assert.Multiple(async () =>
        {
            Assert.That(page.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That((await DbAsync(db => db.Processes.SingleAsync(p => p.Id == id))).Name, Is.EqualTo("Nuevo nombre"));
        });
    }

    [Test]
    public async Task SavesTheUnchangedFormAfterVotingWasOpenedEarly()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        var until = ProcessValues.Local(App.Clock.GetUtcNow().UtcDateTime.AddDays(5));
        await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Voting", until, "Abrir antes");
        var edit = await CreateProcessPage.OpenEditAsync(admin, id);

        var page = await edit.Page.Form("process-form").Set("Input.Description", "Solo cambia la descripción").SubmitAsync("process-submit");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Errors, Is.Empty);
            Assert.That(page.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That((await DbAsync(db => db.Processes.SingleAsync(p => p.Id == id))).Description, Is.EqualTo("Solo cambia la descripción"));
        });
    }

    [Test]
    public async Task RecordsPhaseChangeCausedByNewDates()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess();
        var id = await CreateProcessAsync(admin, values);
        var yesterday = App.Clock.GetUtcNow().UtcDateTime.AddDays(-1).AddHours(-6);

        await (await CreateProcessPage.OpenEditAsync(admin, id)).SubmitAsync(values with { ProposalsOpen = ProcessValues.Local(yesterday) });

        var details = await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == id && e.Action == AuditActions.PhaseOverridden)
            .Select(e => e.Details).ToListAsync());
        Assert.That(details, Is.EqualTo(new[] { "Draft -> Proposals (dates edited)" }));
    }

    [Test]
    public async Task RefusesBadEditAndChangesNothing()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess();
        var id = await CreateProcessAsync(admin, values);

        var page = await (await CreateProcessPage.OpenEditAsync(admin, id)).SubmitAsync(values with { Name = "", VotingClose = values.ProposalsOpen });

        var saved = await DbAsync(db => db.Processes.SingleAsync(p => p.Id == id));
        Assert.Multiple(async () =>
        {
            Assert.That(page.FieldError("Input.Name"), Is.EqualTo("Falta completar «Nombre»."));
            Assert.That(page.FieldError("Input.VotingClose"), Is.EqualTo("«Cierre de la votación» debe ser posterior a «Apertura de la votación»."));
            Assert.That(saved.Name, Is.EqualTo(values.Name));
            Assert.That(await DbAsync(db => db.AuditEntries.CountAsync(e => e.ProcessId == id && e.Action == AuditActions.ProcessUpdated)), Is.Zero);
        });
    }

    [Test]
    public async Task PublishedProcessRefusesEdits()
    {
        var admin = await SignedInAsAdminAsync();
        var values = ValidProcess();
        var id = await CreateProcessAsync(admin, values);
        await DbAsync(db => db.Processes.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PublishedAtUtc, App.Clock.GetUtcNow().UtcDateTime)));

        var page = await (await CreateProcessPage.OpenEditAsync(admin, id)).SubmitAsync(values with { Name = "Otro" });

        Assert.Multiple(async () =>
        {
            Assert.That(page.Errors, Does.Contain("Los resultados ya se publicaron; el proceso ya no se puede cambiar."));
            Assert.That((await DbAsync(db => db.Processes.SingleAsync(p => p.Id == id))).Name, Is.EqualTo(values.Name));
        });
    }
}
