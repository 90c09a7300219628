using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Core.Voting;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Organize.Processes;

public sealed class BallotTests : AppFixture
{
    [Test]
    public async Task NewProcessOffersApprovalOfAtLeastOneProject()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());

        var form = (await OpenAsync(admin, id)).Form("ballot-form");

        Assert.Multiple(() =>
        {
            Assert.That(form.Value("Input.Type"), Is.EqualTo("Approval"));
            Assert.That(form.Value("Input.MinProjects"), Is.EqualTo("1"));
        });
    }

    [Test]
    public async Task SavesKnapsackWithMinimumShareAndAudits()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());

        var page = await (await OpenAsync(admin, id)).Form("ballot-form")
            .Set("Input.Type", "Knapsack").Set("Input.MinProjects", "").Set("Input.MinSharePercent", "50")
            .SubmitAsync();

        var design = await DbAsync(db => db.BallotSettings.Where(s => s.ProcessId == id).Select(s => s.Design).SingleAsync());
        var actions = await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == id).Select(e => e.Action).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(page.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That(design.Type, Is.EqualTo(BallotType.Knapsack));
            Assert.That(design.MinShareBasisPoints, Is.EqualTo(5000));
            Assert.That(design.MinProjects, Is.Null);
            Assert.That(actions, Does.Contain(AuditActions.BallotDesigned));
        });
    }

    [TestCase("Approval", "Input.MinProjects", "5", "Input.MaxProjects", "2", "El mínimo (5) es mayor que el máximo (2).")]
    [TestCase("Cumulative", "Input.TotalPoints", "", "Input.MaxPointsPerProject", "", "Este tipo de boleta necesita este dato.")]
    [TestCase("Cumulative", "Input.TotalPoints", "10", "Input.MaxPointsPerProject", "11", "El máximo por proyecto (11) es mayor que los puntos a repartir (10).")]
    [TestCase("Knapsack", "Input.MinSharePercent", "101", "Input.MaxProjects", "", "El porcentaje debe estar entre 0 y 100.")]
    [TestCase("Ranked", "Input.Ranks", "0", "Input.MinProjects", "", "Debe ser al menos 1.")]
    [TestCase("Approval", "Input.MinProjects", "tres", "Input.MaxProjects", "", "Este valor no se entiende; revisa el formato.")]
    public async Task RefusesNonsenseDesignAndChangesNothing(string type, string field1, string value1, string field2, string value2, string message)
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());

        var page = await (await OpenAsync(admin, id)).Form("ballot-form")
            .Set("Input.Type", type).Set(field1, value1).Set(field2, value2).SubmitAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Errors, Does.Contain(message));
            Assert.That(await DbAsync(db => db.BallotSettings.AnyAsync(s => s.ProcessId == id)), Is.False);
        });
    }

    [Test]
    public async Task RefusesChangesOnceVotingOpened()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        var form = (await OpenAsync(admin, id)).Form("ballot-form");
        await (await PhasePage.OpenAsync(admin, id)).OverrideAsync(
            "Voting", ProcessValues.Local(App.Clock.GetUtcNow().UtcDateTime.AddDays(5)), "Abrir");

        var page = await form.Set("Input.Type", "ChooseOne").SubmitAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(page.Errors, Does.Contain(
                "Las reglas de la votación ya están fijas: no se pueden cambiar colonias, presupuestos ni moneda una vez abierta la votación."));
            Assert.That(await DbAsync(db => db.BallotSettings.AnyAsync(s => s.ProcessId == id)), Is.False);
            Assert.That((await OpenAsync(admin, id)).Find("#ballot-submit"), Is.Null);
        });
    }

    [Test]
    public async Task ResidentCannotReachTheBallotDesign()
    {
        var admin = await SignedInAsAdminAsync();
        var id = await CreateProcessAsync(admin, ValidProcess());
        var resident = await SignedInWithRolesAsync(Roles.Resident);

        var response = await resident.GetWithoutRedirectAsync($"/organize/processes/{id}/ballot");

        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
    }

    private static Task<WebPage> OpenAsync(Browser browser, int id) => browser.GetAsync($"/organize/processes/{id}/ballot");
}
