using System.Net;
using Budgeting.Core.Proposals;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class ProposeTests : AppFixture
{
    private Browser _admin = null!;
    private int _processId;

    [SetUp]
    public async Task CreateProcessInProposals()
    {
        _admin = await SignedInAsAdminAsync();
        _processId = await CreateProcessInProposalsAsync(_admin, ["Alumbrado", "Parques"], ("Coyoacán", "1000000"), ("Tlalpan", "500000"));
    }

    [Test]
    public async Task ResidentProposesWithoutPhotoAndSeesTheProposal()
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Tlalpan", "Alumbrado"));

        var details = new ProposalPage(after);
        var stored = await DbAsync(db => db.Proposals.SingleAsync(p => p.ProcessId == _processId));
        Assert.Multiple(async () =>
        {
            Assert.That(after.Url.AbsolutePath, Is.EqualTo($"/proposals/{stored.Id}"));
            Assert.That(after.StatusMessage, Is.EqualTo(
                "¡Gracias! Tu propuesta se envió. Puedes editarla mientras esté abierta la fase de propuestas."));
            Assert.That(after.Heading, Is.EqualTo("Luminarias en la calle Hidalgo"));
            Assert.That(details.Status, Is.EqualTo("En revisión"));
            Assert.That(details.PhotoUrl, Is.Null);
            Assert.That(details.CanEdit, Is.True);
            Assert.That(stored.AuthorId, Is.EqualTo(resident.Id));
            Assert.That(stored.DistrictId, Is.EqualTo(await DistrictIdAsync(_processId, "Tlalpan")));
            Assert.That(stored.CategoryId, Is.EqualTo(await CategoryIdAsync(_processId, "Alumbrado")));
            Assert.That(stored.EstimatedCost, Is.EqualTo(15_000_000L));
            Assert.That(stored.Location, Is.EqualTo("Calle Hidalgo entre Juárez y Morelos"));
            Assert.That(stored.Status, Is.EqualTo(ProposalStatus.Submitted));
            Assert.That(stored.PhotoKey, Is.Null);
        });
    }

    [Test]
    public async Task ResidentProposesWithPhotoThatTheDetailsPageShows()
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques"), new UploadFile("banqueta.png", "image/png", TestImages.Png(300, 200)));

        var stored = await DbAsync(db => db.Proposals.SingleAsync(p => p.ProcessId == _processId));
        var photo = await NewBrowser().GetWithoutRedirectAsync(new ProposalPage(after).PhotoUrl ?? "/photos/none");
        Assert.Multiple(async () =>
        {
            Assert.That(after.Errors, Is.Empty);
            Assert.That(stored.PhotoKey, Is.Not.Null);
            Assert.That(new ProposalPage(after).PhotoUrl, Is.EqualTo($"/photos/{stored.PhotoKey}"));
            Assert.That(photo.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(photo.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
            Assert.That((await photo.Content.ReadAsByteArrayAsync()).Take(3), Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }));
        });
    }

    [Test]
    public async Task ShowsNoFormBeforeProposalsOpen()
    {
        var draftId = await CreateProcessAsync(_admin, ValidProcess(), ("Coyoacán", "1000"));
        var resident = await SignedInUserAsync([Roles.Resident]);

        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, draftId);

        Assert.Multiple(() =>
        {
            Assert.That(form.HasForm, Is.False);
            Assert.That(form.Closed, Is.EqualTo("Solo se pueden enviar o cambiar propuestas mientras la fase de propuestas está abierta."));
        });
    }

    [TestCase("Review")]
    [TestCase("Voting")]
    public async Task RefusesProposalSentAfterProposalsClosedAndStoresNothing(string phase)
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);
        await MoveToPhaseAsync(_admin, _processId, phase);

        var after = new ProposalFormPage(await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Parques")));

        Assert.Multiple(async () =>
        {
            Assert.That(after.Closed, Is.EqualTo("Solo se pueden enviar o cambiar propuestas mientras la fase de propuestas está abierta."));
            Assert.That(after.HasForm, Is.False);
            Assert.That(await DbAsync(db => db.Proposals.CountAsync(p => p.ProcessId == _processId)), Is.Zero);
        });
    }

    [Test]
    public async Task PreselectsTheDistrictTheResidentLivesIn()
    {
        var resident = await SignedInUserAsync([Roles.Resident], await DistrictIdAsync(_processId, "Tlalpan"));
        var newcomer = await SignedInUserAsync([Roles.Resident]);

        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);
        var newcomersForm = await ProposalFormPage.OpenProposeAsync(newcomer.Browser, _processId);

        Assert.Multiple(() =>
        {
            Assert.That(form.SelectedBallot, Is.EqualTo("Tlalpan"));
            Assert.That(newcomersForm.SelectedBallot, Is.Null);
        });
    }

    [Test]
    public async Task RendersMarkupInTitleAndDescriptionAsText()
    {
        const string Script = "<script>alert(1)</script>";
        var resident = await SignedInUserAsync([Roles.Resident]);
        var values = ProposalValues.Valid("Coyoacán", "Parques", Script) with { Description = "<b>negritas</b> " + Script + " y más texto" };

        var after = await (await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId)).SubmitAsync(values);
        var list = await ProposalListPage.OpenAsync(NewBrowser(), _processId);

        Assert.Multiple(() =>
        {
            Assert.That(after.Heading, Is.EqualTo(Script));
            Assert.That(after.Document.QuerySelectorAll("script, b").Where(e => e.TextContent.Contains("alert(1)") || e.TextContent == "negritas"),
                Is.Empty);
            Assert.That(list.Titles, Is.EqualTo(new[] { Script }));
            Assert.That(list.Page.Document.QuerySelectorAll("script").Where(e => e.TextContent.Contains("alert(1)")), Is.Empty);
        });
    }

    [TestCase("city", "Este proceso no tiene presupuesto para toda la ciudad: elige una colonia.")]
    [TestCase("other-process", "Esa colonia ya no existe.")]
    public async Task RefusesTamperedBallotAndStoresNothing(string ballot, string message)
    {
        var otherId = await CreateProcessInProposalsAsync(_admin, ["Otra"], ("Lejana", "1000"));
        var typed = ballot == "city" ? "city" : (await DistrictIdAsync(otherId, "Lejana")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var resident = await SignedInUserAsync([Roles.Resident]);

        var after = await (await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId)).SubmitAsync(ProposalValues.Valid(typed, "Parques"));

        Assert.Multiple(async () =>
        {
            Assert.That(after.Errors, Does.Contain(message));
            Assert.That(await DbAsync(db => db.Proposals.CountAsync(p => p.ProcessId == _processId || p.ProcessId == otherId)), Is.Zero);
        });
    }

    [Test]
    public async Task SendsVisitorToSignInBeforeProposing()
    {
        var visitor = NewBrowser();

        var page = await visitor.GetAsync($"/processes/{_processId}/propose");

        Assert.Multiple(() =>
        {
            Assert.That(visitor.Redirects.Select(r => r.AbsolutePath), Is.EqualTo(new[] { "/account/login" }));
            Assert.That(page.Find("#login-submit"), Is.Not.Null);
        });
    }
}
