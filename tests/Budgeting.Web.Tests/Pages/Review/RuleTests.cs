using System.Text;
using Budgeting.Core.Auditing;
using Budgeting.Core.Proposals;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Review;

public sealed class RuleTests : AppFixture
{
    private Browser _admin = null!;
    private TestUser _author = null!;
    private TestUser _reviewer = null!;
    private int _processId;

    [SetUp]
    public async Task CreateProcessWithProposalsInReview()
    {
        _admin = await SignedInAsAdminAsync();
        _processId = await CreateProcessInProposalsAsync(_admin, ["Alumbrado"], ("Coyoacán", "1000000"));
        _author = await SignedInUserAsync([Roles.Resident]);
        _reviewer = await SignedInUserAsync([Roles.Reviewer]);
    }

    [Test]
    public async Task FeasibleRulingPutsTheProjectOnTheBallotAtTheFinalCost()
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");

        var after = await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("Feasible", "Viable con luminarias solares.", "120,000");

        var ballot = await BallotProjectsPage.OpenAsync(NewBrowser(), _processId);
        var details = await ProposalPage.OpenAsync(_author.Browser, id);
        Assert.Multiple(() =>
        {
            Assert.That(after.Url.AbsolutePath, Is.EqualTo($"/review/processes/{_processId}"));
            Assert.That(after.StatusMessage, Is.EqualTo("Dictamen guardado; se avisó a quien propuso."));
            Assert.That(ballot.Projects, Is.EqualTo(new[] { ("Luminarias en Hidalgo", "120,000.00 MXN") }));
            Assert.That(details.Status, Is.EqualTo("Viable: en la boleta"));
            Assert.That(details.FinalCost, Is.EqualTo("120,000.00 MXN"));
            Assert.That(details.RulingReason, Is.EqualTo("Viable con luminarias solares."));
        });
    }

    [Test]
    public async Task LaterNotFeasibleRulingTakesTheProjectOffTheBallot()
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");
        await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("Feasible", "Viable.", "120000");

        await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("NotFeasible", "La calle es federal; no le toca a la alcaldía.");

        var ballot = await BallotProjectsPage.OpenAsync(NewBrowser(), _processId);
        var details = await ProposalPage.OpenAsync(NewBrowser(), id);
        Assert.Multiple(async () =>
        {
            Assert.That(ballot.Projects, Is.Empty);
            Assert.That(ballot.Page.Find("#no-projects"), Is.Not.Null);
            Assert.That(await DbAsync(db => db.Projects.CountAsync(p => p.ProcessId == _processId)), Is.Zero);
            Assert.That(details.Status, Is.EqualTo("No viable"));
            Assert.That(details.RulingReason, Is.EqualTo("La calle es federal; no le toca a la alcaldía."));
        });
    }

    [Test]
    public async Task NewFeasibleRulingUpdatesTheProjectsCost()
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");
        await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("Feasible", "Viable.", "120000");

        await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("Feasible", "Viable; la cotización subió.", "135,500.50");

        var ballot = await BallotProjectsPage.OpenAsync(NewBrowser(), _processId);
        Assert.That(ballot.Projects, Is.EqualTo(new[] { ("Luminarias en Hidalgo", "135,500.50 MXN") }));
    }

    [Test]
    public async Task RefusesMergingIntoAProposalOfAnotherProcess()
    {
        var otherProcess = await CreateProcessInProposalsAsync(_admin, ["Alumbrado"], ("Tlalpan", "1000000"));
        var elsewhere = await ProposeAsync(_author, otherProcess, ProposalValues.Valid("Tlalpan", "Alumbrado", "En otro proceso"));
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");

        var after = await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("Merge", "Duplicada.", mergeInto: elsewhere);

        Assert.Multiple(async () =>
        {
            Assert.That(after.Errors, Does.Contain(
                "La propuesta elegida ya no está disponible para fusionar (fue fusionada o declarada no viable)."));
            Assert.That(await StatusOfAsync(id), Is.EqualTo(ProposalStatus.Submitted));
        });
    }

    [Test]
    public async Task MergedProposalLinksToTheKeptOne()
    {
        var kept = await ProposalAsync("Luminarias en Hidalgo");
        var duplicate = await ProposalAsync("Más luz en la calle Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");
        var rule = await RulePage.OpenAsync(_reviewer.Browser, duplicate);

        await rule.RuleAsync("Merge", "Pide lo mismo que otra propuesta.", mergeInto: kept);

        var details = await ProposalPage.OpenAsync(NewBrowser(), duplicate);
        Assert.Multiple(() =>
        {
            Assert.That(rule.MergeTargets, Is.EqualTo(new[] { "Luminarias en Hidalgo" }));
            Assert.That(details.Status, Is.EqualTo("Fusionada"));
            Assert.That(details.RulingReason, Is.EqualTo("Pide lo mismo que otra propuesta."));
            Assert.That(details.MergedIntoLink?.GetAttribute("href"), Is.EqualTo($"/proposals/{kept}"));
            Assert.That(details.MergedIntoLink?.TextContent.Trim(), Is.EqualTo("Luminarias en Hidalgo"));
        });
    }

    [Test]
    public async Task RefusesMergingAProposalIntoItself()
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");

        var after = await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("Merge", "Duplicada.", mergeInto: id);

        Assert.Multiple(async () =>
        {
            Assert.That(after.Errors, Does.Contain("Una propuesta no se puede fusionar consigo misma."));
            Assert.That(await StatusOfAsync(id), Is.EqualTo(ProposalStatus.Submitted));
        });
    }

    [Test]
    public async Task RefusesMergingIntoANotFeasibleProposal()
    {
        var rejected = await ProposalAsync("Puente peatonal");
        var duplicate = await ProposalAsync("Otro puente peatonal");
        await MoveToPhaseAsync(_admin, _processId, "Review");
        await (await RulePage.OpenAsync(_reviewer.Browser, rejected)).RuleAsync("NotFeasible", "Cuesta más que el presupuesto.");
        var rule = await RulePage.OpenAsync(_reviewer.Browser, duplicate);

        var after = await rule.RuleAsync("Merge", "Duplicada.", mergeInto: rejected);

        Assert.Multiple(async () =>
        {
            Assert.That(rule.MergeTargets, Is.Empty);
            Assert.That(after.Errors, Does.Contain(
                "La propuesta elegida ya no está disponible para fusionar (fue fusionada o declarada no viable)."));
            Assert.That(await StatusOfAsync(duplicate), Is.EqualTo(ProposalStatus.Submitted));
        });
    }

    [TestCase("Feasible", "", "120000", "Input.Reason", "Falta completar «Motivo del dictamen».")]
    [TestCase("Feasible", "Viable.", "", "Input.FinalCost", "Falta completar «Costo final dictaminado».")]
    [TestCase("Feasible", "Viable.", "0", "Input.FinalCost", "Costo final dictaminado debe ser mayor que cero.")]
    [TestCase("Feasible", "Viable.", "1000000.01", "", "El costo es mayor que todo el presupuesto de la colonia; no podría financiarse.")]
    [TestCase("", "Viable.", "120000", "Input.Decision", "Elige «Dictamen».")]
    [TestCase("Merge", "Duplicada.", "", "Input.MergeInto", "Elige «Fusionar con».")]
    public async Task RefusesIncompleteRulingAndChangesNothing(string decision, string reason, string cost, string field, string message)
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");

        var after = await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync(decision, reason, cost);

        Assert.Multiple(async () =>
        {
            Assert.That(field.Length == 0 ? after.Errors : after.Texts($"span.error[data-valmsg-for='{field}']"), Does.Contain(message));
            Assert.That(await StatusOfAsync(id), Is.EqualTo(ProposalStatus.Submitted));
            Assert.That(await DbAsync(db => db.Projects.CountAsync(p => p.ProcessId == _processId)), Is.Zero);
        });
    }

    [TestCase("Proposals")]
    [TestCase("Voting")]
    public async Task RefusesRulingOutsideTheReviewPhase(string phase)
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");
        var staleForm = await RulePage.OpenAsync(_reviewer.Browser, id);
        await MoveToPhaseAsync(_admin, _processId, phase);

        var page = await RulePage.OpenAsync(_reviewer.Browser, id);
        var after = await staleForm.RuleAsync("Feasible", "Viable.", "120000");

        Assert.Multiple(async () =>
        {
            Assert.That(page.HasForm, Is.False);
            Assert.That(page.Page.Find("p.notice")?.TextContent.Trim(), Is.EqualTo("Solo se puede dictaminar durante la fase de revisión."));
            Assert.That(after.Texts("p.notice, .errors li"), Does.Contain("Solo se puede dictaminar durante la fase de revisión."));
            Assert.That(await StatusOfAsync(id), Is.EqualTo(ProposalStatus.Submitted));
            Assert.That(await DbAsync(db => db.Projects.CountAsync(p => p.ProcessId == _processId)), Is.Zero);
        });
    }

    [Test]
    public async Task EmailsTheAuthorAboutTheRuling()
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");

        await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("NotFeasible", "La calle es federal.");

        var mail = Directory.GetFiles(App.MailFolder, "*.eml").Select(File.ReadAllText)
            .Where(text => text.Contains($"To: {_author.Email}\r\n", StringComparison.Ordinal)).ToList();
        Assert.That(mail, Has.Count.EqualTo(1));
        var subject = Encoding.UTF8.GetString(Convert.FromBase64String(
            mail[0].Split("\r\n").Single(l => l.StartsWith("Subject: ", StringComparison.Ordinal))["Subject: =?utf-8?B?".Length..^2]));
        Assert.Multiple(() =>
        {
            Assert.That(subject, Is.EqualTo("Dictamen de tu propuesta «Luminarias en Hidalgo»"));
            Assert.That(mail[0], Does.Contain("Tu propuesta «Luminarias en Hidalgo» ya tiene dictamen: No viable."));
            Assert.That(mail[0], Does.Contain("La calle es federal."));
        });
    }

    [Test]
    public async Task RecordsEachRulingInTheAuditLog()
    {
        var id = await ProposalAsync("Luminarias en Hidalgo");
        await MoveToPhaseAsync(_admin, _processId, "Review");

        await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("Feasible", "Viable.", "120000");
        await (await RulePage.OpenAsync(_reviewer.Browser, id)).RuleAsync("NotFeasible", "Ya no hay terreno.");

        var entries = await DbAsync(db => db.AuditEntries.Where(e => e.ProcessId == _processId && e.Action == AuditActions.ProposalRuled)
            .OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
        Assert.That(entries, Is.EqualTo(new[] { $"#{id} Feasible 120000: Viable.", $"#{id} NotFeasible: Ya no hay terreno." }));
    }

    private Task<int> ProposalAsync(string title) =>
        ProposeAsync(_author, _processId, ProposalValues.Valid("Coyoacán", "Alumbrado", title));

    private Task<ProposalStatus> StatusOfAsync(int id) => DbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());
}
