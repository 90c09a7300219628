using Budgeting.Core.Auditing;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class AddProjectTests : AppFixture
{
    [Test]
    public async Task OrganizerAddsAProjectThatTheBallotLists()
    {
        var admin = await SignedInAsAdminAsync();
        var processId = await CreateProcessInProposalsAsync(admin, ["Parques"], ("Coyoacán", "1000000"));
        var form = await ProposalFormPage.OpenAddProjectAsync(admin, processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques", "Huerto comunitario (asamblea)") with { EstimatedCost = "80,000" });

        var ballot = await BallotProjectsPage.OpenAsync(NewBrowser(), processId);
        Assert.Multiple(async () =>
        {
            Assert.That(after.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That(after.Texts("#project-list tbody td:first-child"), Is.EqualTo(new[] { "Huerto comunitario (asamblea)" }));
            Assert.That(ballot.Projects, Is.EqualTo(new[] { ("Huerto comunitario (asamblea)", "80,000.00 MXN") }));
            Assert.That(form.Page.Find("#project-form input[type='file']"), Is.Null);
            Assert.That(await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == processId && e.Action == AuditActions.ProjectAdded)
                .Select(e => e.Details).ToListAsync()), Is.EqualTo(new[] { "Huerto comunitario (asamblea): 8000000" }));
        });
    }

    [Test]
    public async Task RefusesAddingAProjectOnceVotingOpened()
    {
        var admin = await SignedInAsAdminAsync();
        var processId = await CreateProcessInProposalsAsync(admin, ["Parques"], ("Coyoacán", "1000000"));
        var staleForm = await ProposalFormPage.OpenAddProjectAsync(admin, processId);
        await MoveToPhaseAsync(admin, processId, "Voting");

        var page = await ProposalFormPage.OpenAddProjectAsync(admin, processId);
        var after = new ProposalFormPage(await staleForm.SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques", "Huerto tardío")), "project-form");

        Assert.Multiple(async () =>
        {
            Assert.That(page.HasForm, Is.False);
            Assert.That(page.Page.Find("p.notice")?.TextContent.Trim(),
                Is.EqualTo("La votación ya abrió: las colonias, los presupuestos y la moneda ya no se pueden cambiar."));
            Assert.That(after.HasForm, Is.False);
            Assert.That(after.Page.Find("p.notice")?.TextContent.Trim(),
                Is.EqualTo("La votación ya abrió: las colonias, los presupuestos y la moneda ya no se pueden cambiar."));
            Assert.That(await DbAsync(db => db.Projects.CountAsync(p => p.ProcessId == processId)), Is.Zero);
        });
    }

    [Test]
    public async Task ShowsValidationErrorsAndAddsNothing()
    {
        var admin = await SignedInAsAdminAsync();
        var processId = await CreateProcessInProposalsAsync(admin, ["Parques"], ("Coyoacán", "1000"));

        var after = await (await ProposalFormPage.OpenAddProjectAsync(admin, processId))
            .SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques") with { Title = "", EstimatedCost = "5000" });

        Assert.Multiple(async () =>
        {
            Assert.That(after.FieldError("Input.Title"), Is.EqualTo("Falta completar «Título»."));
            Assert.That(await DbAsync(db => db.Projects.CountAsync(p => p.ProcessId == processId)), Is.Zero);
        });
    }
}
