using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Core.Processes;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Organize.Processes;

public sealed class PhaseTests : AppFixture
{
    [Test]
    public async Task OverrideLandsInAuditLog()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess(), ("Coyoacán", "1000"));
        var until = DateTime.SpecifyKind(App.Clock.GetUtcNow().UtcDateTime.AddDays(10), DateTimeKind.Unspecified).Date.AddHours(20);

        var page = await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Voting", ProcessValues.Local(until), "Acuerdo del comité");

        var audit = await AuditPage.OpenAsync(admin, id);
        Assert.Multiple(() =>
        {
            Assert.That(page.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That(audit.Entries[0].Who, Is.EqualTo(BudgetingApp.AdminEmail));
            Assert.That(audit.Entries[0].What, Is.EqualTo("Fase cambiada a mano"));
            Assert.That(audit.Entries[0].Details, Does.StartWith("Draft -> Voting").And.EndWith(": Acuerdo del comité"));
        });
    }

    [Test]
    public async Task OpensVotingEarlyUntilTheGivenLocalTime()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        var localNow = TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(ProcessValues.MexicoCity));
        var until = localNow.Date.AddDays(10).AddHours(20);

        await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Voting", ProcessValues.Local(until), "Abrir antes");

        var process = await DbAsync(db => db.Processes.SingleAsync(p => p.Id == id));
        var publicPage = await ProcessPage.OpenAsync(NewBrowser(), id);
        Assert.Multiple(() =>
        {
            Assert.That(process.PhaseAt(App.Clock.GetUtcNow().UtcDateTime), Is.EqualTo(Phase.Voting));
            Assert.That(process.Schedule.VotingCloseUtc, Is.EqualTo(DateTime.SpecifyKind(until.AddHours(6), DateTimeKind.Utc)));
            Assert.That(process.Schedule.IsOrdered, Is.True);
            Assert.That(publicPage.Badge, Is.EqualTo("Votación"));
        });
    }

    [Test]
    public async Task ClosesVotingWhenTheClockPassesTheExtendedEnd()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        var until = App.Clock.GetUtcNow().UtcDateTime.AddDays(3).AddHours(-6);
        await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Voting", ProcessValues.Local(until), "Abrir antes");

        App.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        Assert.That((await ProcessPage.OpenAsync(NewBrowser(), id)).Badge, Is.EqualTo("Cerrado"));
    }

    [TestCase("Voting", "@past", "Razón", "Input.Until", "La fecha «Hasta» debe estar en el futuro.")]
    [TestCase("Voting", "", "Razón", "Input.Until", "Falta completar «Hasta».")]
    [TestCase("Voting", "@future", "", "Input.Reason", "Falta completar «Motivo».")]
    [TestCase("Voting", "@future", "@501", "Input.Reason", "Motivo: máximo 500 caracteres.")]
    [TestCase("Published", "@future", "Razón", "Input.Target", "Falta completar «Nueva fase».")]
    [TestCase("Draft", "@future", "Razón", "Input.Target", "Falta completar «Nueva fase».")]
    [TestCase("Banana", "@future", "Razón", "Input.Target", "Este valor no se entiende; revisa el formato.")]
    [TestCase("Voting", "pronto", "Razón", "Input.Until", "Este valor no se entiende; revisa el formato.")]
    public async Task RefusesBadOverrideAndChangesNothing(string target, string until, string reason, string field, string message)
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        var before = await DbAsync(db => db.Processes.Select(p => new { p.Id, p.Schedule }).SingleAsync(p => p.Id == id));
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var typedUntil = until switch
        {
            "@past" => ProcessValues.Local(now.AddDays(-2)),
            "@future" => ProcessValues.Local(now.AddDays(5)),
            _ => until,
        };

        var page = await (await PhasePage.OpenAsync(admin, id)).OverrideAsync(target, typedUntil, Typed(reason));

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.FieldError(field), Is.EqualTo(message));
            var after = await DbAsync(db => db.Processes.Select(p => new { p.Id, p.Schedule }).SingleAsync(p => p.Id == id));
            Assert.That(after.Schedule, Is.EqualTo(before.Schedule));
            Assert.That(await DbAsync(db => db.AuditEntries.CountAsync(e => e.ProcessId == id && e.Action == AuditActions.PhaseOverridden)),
                Is.Zero);
        });
    }

    [Test]
    public async Task RefusesUntilSkippedByClockChangeWithoutFailing()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess() with { TimeZoneId = "Europe/Madrid" });

        var page = await (await PhasePage.OpenAsync(admin, id)).OverrideAsync("Voting", "2027-03-28T02:30", "Hora que no existe");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Heading);
            Assert.That(page.FieldError("Input.Until"), Does.StartWith("«Hasta» cae en una hora que no existe"));
            Assert.That(await DbAsync(db => db.AuditEntries.CountAsync(e => e.ProcessId == id && e.Action == AuditActions.PhaseOverridden)),
                Is.Zero);
        });
    }
}
