using System.Net;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class EditTests : AppFixture
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
    public async Task AuthorChangesTheProposalAndKeepsThePhoto()
    {
        var author = await SignedInUserAsync([Roles.Resident]);
        var id = await ProposeAsync(author, new UploadFile("calle.png", "image/png", TestImages.Png(40, 40)));
        var photoKey = await DbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.PhotoKey).SingleAsync());
        var edit = await ProposalFormPage.OpenEditAsync(author.Browser, id);

        var after = await edit.SubmitAsync(new ProposalValues("Luminarias y bancas en Hidalgo",
            "Poner luminarias LED y cinco bancas en la calle Hidalgo, frente a la escuela.", "Tlalpan", "Parques", "200,000.50", ""));

        var stored = await DbAsync(db => db.Proposals.SingleAsync(p => p.Id == id));
        Assert.Multiple(async () =>
        {
            Assert.That(edit.SelectedBallot, Is.EqualTo("Coyoacán"));
            Assert.That(after.Url.AbsolutePath, Is.EqualTo($"/proposals/{id}"));
            Assert.That(after.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That(after.Heading, Is.EqualTo("Luminarias y bancas en Hidalgo"));
            Assert.That(stored.EstimatedCost, Is.EqualTo(20_000_050L));
            Assert.That(stored.DistrictId, Is.EqualTo(await DistrictIdAsync(_processId, "Tlalpan")));
            Assert.That(stored.CategoryId, Is.EqualTo(await CategoryIdAsync(_processId, "Parques")));
            Assert.That(stored.Location, Is.Null);
            Assert.That(stored.PhotoKey, Is.EqualTo(photoKey).And.Not.Null);
        });
    }

    [Test]
    public async Task AuthorReplacesThePhoto()
    {
        var author = await SignedInUserAsync([Roles.Resident]);
        var id = await ProposeAsync(author, new UploadFile("a.png", "image/png", TestImages.Png(40, 40)));
        var before = await DbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.PhotoKey).SingleAsync());

        var after = await (await ProposalFormPage.OpenEditAsync(author.Browser, id))
            .SubmitAsync(ProposalValues.Valid("Coyoacán", "Alumbrado"), new UploadFile("b.jpg", "image/jpeg", TestImages.Jpeg(60, 30)));

        var now = await DbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.PhotoKey).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(now, Is.Not.Null.And.Not.EqualTo(before));
            Assert.That(new ProposalPage(after).PhotoUrl, Is.EqualTo($"/photos/{now}"));
        });
    }

    [Test]
    public async Task ShowsTheEditLinkOnlyToTheAuthor()
    {
        var author = await SignedInUserAsync([Roles.Resident]);
        var id = await ProposeAsync(author);

        var asAuthor = await ProposalPage.OpenAsync(author.Browser, id);
        var asNeighbour = await ProposalPage.OpenAsync((await SignedInUserAsync([Roles.Resident])).Browser, id);
        var asVisitor = await ProposalPage.OpenAsync(NewBrowser(), id);

        Assert.Multiple(() =>
        {
            Assert.That(asAuthor.CanEdit, Is.True);
            Assert.That(asNeighbour.CanEdit, Is.False);
            Assert.That(asVisitor.CanEdit, Is.False);
        });
    }

    [TestCase(Roles.Resident)]
    [TestCase(Roles.Reviewer)]
    [TestCase(Roles.Organizer)]
    public async Task ForbidsAnyoneButTheAuthorToEdit(string role)
    {
        var id = await ProposeAsync(await SignedInUserAsync([Roles.Resident]));
        var other = await SignedInUserAsync([role]);

        var page = await other.Browser.GetAsync($"/proposals/{id}/edit");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(page.Url.AbsolutePath, Is.EqualTo("/account/access-denied"));
            Assert.That(page.Find("#proposal-form"), Is.Null);
        });
    }

    [Test]
    public async Task RefusesEditOnceProposalsClosedAndChangesNothing()
    {
        var author = await SignedInUserAsync([Roles.Resident]);
        var id = await ProposeAsync(author);
        var staleForm = await ProposalFormPage.OpenEditAsync(author.Browser, id);
        await MoveToPhaseAsync(_admin, _processId, "Review");

        var edit = await ProposalFormPage.OpenEditAsync(author.Browser, id);
        var after = new ProposalFormPage(await staleForm.SubmitAsync(ProposalValues.Valid("Coyoacán", "Alumbrado", "Título cambiado tarde")));
        var details = await ProposalPage.OpenAsync(author.Browser, id);

        Assert.Multiple(async () =>
        {
            Assert.That(edit.HasForm, Is.False);
            Assert.That(edit.Closed, Is.EqualTo("Solo se pueden enviar o cambiar propuestas mientras la fase de propuestas está abierta."));
            Assert.That(after.Closed, Is.EqualTo("Solo se pueden enviar o cambiar propuestas mientras la fase de propuestas está abierta."));
            Assert.That(details.CanEdit, Is.False);
            Assert.That(await DbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()),
                Is.EqualTo("Luminarias en la calle Hidalgo"));
        });
    }

    [Test]
    public async Task ShowsValidationErrorsAndChangesNothing()
    {
        var author = await SignedInUserAsync([Roles.Resident]);
        var id = await ProposeAsync(author);

        var after = await (await ProposalFormPage.OpenEditAsync(author.Browser, id))
            .SubmitAsync(ProposalValues.Valid("Coyoacán", "Alumbrado") with { Title = "", EstimatedCost = "-5" });

        Assert.Multiple(async () =>
        {
            Assert.That(after.FieldError("Input.Title"), Is.EqualTo("Falta completar «Título»."));
            Assert.That(after.FieldError("Input.EstimatedCost"), Is.EqualTo("Costo estimado debe ser mayor que cero."));
            Assert.That(await DbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.EstimatedCost).SingleAsync()),
                Is.EqualTo(15_000_000L));
        });
    }

    private Task<int> ProposeAsync(TestUser author, UploadFile? photo = null) =>
        ProposeAsync(author, _processId, ProposalValues.Valid("Coyoacán", "Alumbrado"), photo);
}
