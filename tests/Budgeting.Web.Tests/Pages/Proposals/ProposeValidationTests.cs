using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Proposals;

public sealed class ProposeValidationTests : AppFixture
{
    private int _processId;

    [OneTimeSetUp]
    public async Task CreateProcessInProposals() =>
        _processId = await CreateProcessInProposalsAsync(await SignedInAsAdminAsync(), ["Alumbrado"], ("Coyoacán", "1000000"));

    [TestCase("Title", "", "Input.Title", "Falta completar «Título».")]
    [TestCase("Title", "   ", "Input.Title", "Falta completar «Título».")]
    [TestCase("Title", "@201", "Input.Title", "Título: máximo 200 caracteres.")]
    [TestCase("Description", "", "Input.Description", "Falta completar «Descripción».")]
    [TestCase("Description", "   ", "Input.Description", "Falta completar «Descripción».")]
    [TestCase("Description", "Faltan luminarias.", "Input.Description", "Descripción: al menos 20 caracteres.")]
    [TestCase("Description", "@4001", "Input.Description", "Descripción: máximo 4000 caracteres.")]
    [TestCase("Ballot", "", "Input.Ballot", "Elige «Colonia».")]
    [TestCase("CategoryId", "", "Input.CategoryId", "Elige «Categoría».")]
    [TestCase("EstimatedCost", "", "Input.EstimatedCost", "Falta completar «Costo estimado».")]
    [TestCase("EstimatedCost", "-100", "Input.EstimatedCost", "Costo estimado debe ser mayor que cero.")]
    [TestCase("EstimatedCost", "0", "Input.EstimatedCost", "Costo estimado debe ser mayor que cero.")]
    [TestCase("EstimatedCost", "mil", "Input.EstimatedCost", "Costo estimado debe ser una cantidad, por ejemplo 1500000 o 1,500,000.00.")]
    [TestCase("EstimatedCost", "10.001", "Input.EstimatedCost", "Costo estimado: como máximo 2 decimales.")]
    [TestCase("EstimatedCost", "1000000.01", "", "El costo es mayor que todo el presupuesto de la colonia; no podría financiarse.")]
    [TestCase("Location", "@201", "Input.Location", "Ubicación: máximo 200 caracteres.")]
    public async Task ShowsTheRulesMessageAndStoresNothing(string field, string value, string errorField, string message)
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Alumbrado").With(field, Typed(value)));

        Assert.Multiple(async () =>
        {
            Assert.That(after.Status, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(after.Url.AbsolutePath, Is.EqualTo($"/processes/{_processId}/propose"));
            Assert.That(MessagesOf(after, errorField), Does.Contain(message));
            Assert.That(await StoredCountAsync(resident), Is.Zero);
        });
    }

    [TestCase("Title", "", "Input.Title", "“Title” is required.")]
    [TestCase("Description", "Too short.", "Input.Description", "Description: at least 20 characters.")]
    [TestCase("EstimatedCost", "1000000.01", "", "The cost is more than the district's whole budget; it could never be funded.")]
    public async Task ShowsTheRulesMessageInEnglish(string field, string value, string errorField, string message)
    {
        var resident = await SignedInUserAsync([Roles.Resident], acceptLanguage: "en-GB");
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Alumbrado").With(field, value));

        Assert.Multiple(async () =>
        {
            Assert.That(MessagesOf(after, errorField), Does.Contain(message));
            Assert.That(await StoredCountAsync(resident), Is.Zero);
        });
    }

    [Test]
    public async Task KeepsWhatTheResidentTypedWhenRefused()
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var values = ProposalValues.Valid("Coyoacán", "Alumbrado") with { EstimatedCost = "mil" };

        var after = await (await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId)).SubmitAsync(values);

        var form = after.Form("proposal-form");
        Assert.Multiple(() =>
        {
            Assert.That(form.Value("Input.Title"), Is.EqualTo(values.Title));
            Assert.That(form.Value("Input.Description"), Is.EqualTo(values.Description));
            Assert.That(form.Value("Input.EstimatedCost"), Is.EqualTo("mil"));
            Assert.That(new ProposalFormPage(after).SelectedBallot, Is.EqualTo("Coyoacán"));
        });
    }

    [TestCase("Title", "@200")]
    [TestCase("Description", "@20")]
    [TestCase("Description", "@4000")]
    [TestCase("EstimatedCost", "1,000,000.00")]
    [TestCase("EstimatedCost", "0.01")]
    [TestCase("Location", "")]
    [TestCase("Location", "@200")]
    public async Task AcceptsValuesAtTheLimits(string field, string value)
    {
        var resident = await SignedInUserAsync([Roles.Resident]);
        var form = await ProposalFormPage.OpenProposeAsync(resident.Browser, _processId);

        var after = await form.SubmitAsync(ProposalValues.Valid("Coyoacán", "Alumbrado").With(field, Typed(value)));

        Assert.Multiple(async () =>
        {
            Assert.That(after.Errors, Is.Empty);
            Assert.That(await StoredCountAsync(resident), Is.EqualTo(1));
        });
    }

    // A field's own message, or for the domain's refusals (no field) the summary's.
    private static IReadOnlyList<string> MessagesOf(WebPage page, string field) =>
        field.Length == 0 ? page.Errors : page.FieldError(field) is { } message ? [message] : [];

    private Task<int> StoredCountAsync(TestUser author) => DbAsync(db => db.Proposals.CountAsync(p => p.AuthorId == author.Id));
}
