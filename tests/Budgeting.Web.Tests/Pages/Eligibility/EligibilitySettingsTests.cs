using System.Globalization;
using System.Net;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;

namespace Budgeting.Web.Tests.Pages.Eligibility;

public sealed class EligibilitySettingsTests : AppFixture
{
    private static readonly string[] OrganizerPages =
    [
        "/organize/processes/{id}/eligibility",
        "/organize/processes/{id}/codes",
        "/organize/processes/{id}/turnout",
        "/polling/{id}/disputes",
    ];

    private static readonly string[] PollingPages =
    [
        "/polling/{id}",
        "/polling/{id}/key?box={home}",
        "/polling/{id}/key?box=city",
    ];

    private EligibleProcess _process = null!;

    [OneTimeSetUp]
    public async Task CreateProcess() => _process = await EligibilitySetup.CreateAsync(App, EligibilityMode.CensusOrCodes);

    [Test]
    public async Task OrganizerChangesTheModeBeforeVotingAndTheChangeIsAudited()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Residents, opensIn: TimeSpan.FromDays(3));
        var organizer = await SignedInWithRolesAsync(Roles.Organizer);
        var page = await EligibilityPage.OpenAsync(organizer, process.Id);

        var after = new EligibilityPage(await page.ChangeAsync("Census", allowSameKeyerTwice: true));

        var settings = await EligibilitySetup.SettingsAsync(App, process.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(page.CheckedMode, Is.EqualTo("Residents"));
            Assert.That(after.Page.Url.AbsolutePath, Is.EqualTo($"/organize/processes/{process.Id}/eligibility"));
            Assert.That(after.Page.StatusMessage, Is.EqualTo("Cambios guardados."));
            Assert.That(after.CheckedMode, Is.EqualTo("Census"));
            Assert.That(after.Page.Find("#AllowSameKeyerTwice")?.HasAttribute("checked"), Is.True);
            Assert.That(after.Page.Find("#census-form"), Is.Not.Null, "the census upload appears in a census mode");
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Census));
            Assert.That(settings.AllowSameKeyerTwice, Is.True);
            Assert.That(await EligibilitySetup.AuditAsync(App, process.Id),
                Does.Contain((AuditActions.EligibilityChanged, "mode=Census sameKeyer=True")));
        });
    }

    [Test]
    public async Task ModeIsFrozenOnceVotingIsOpen()
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Census);
        var organizer = await SignedInAsAdminAsync();
        var page = await EligibilityPage.OpenAsync(organizer, process.Id);

        var after = new EligibilityPage(await page.ChangeAsync("Residents", allowSameKeyerTwice: true));

        var settings = await EligibilitySetup.SettingsAsync(App, process.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(page.Page.Find("p.notice")?.TextContent.Trim(),
                Is.EqualTo("La votación ya abrió: las colonias, los presupuestos y la moneda ya no se pueden cambiar."));
            Assert.That(page.Page.Find("#eligibility-submit"), Is.Null);
            Assert.That(page.Page.Document.QuerySelectorAll("#eligibility-form input[name='Mode']").All(e => e.HasAttribute("disabled")), Is.True);
            Assert.That(after.Page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Page.Errors, Does.Contain(
                "Las reglas de la votación ya están fijas: no se pueden cambiar colonias, presupuestos ni moneda una vez abierta la votación."));
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Census));
            Assert.That(settings.AllowSameKeyerTwice, Is.False);
            Assert.That((await EligibilitySetup.AuditAsync(App, process.Id)).Select(a => a.Action), Does.Not.Contain(AuditActions.EligibilityChanged));
        });
    }

    [TestCase("Everyone")]
    [TestCase("7")]
    [TestCase("")]
    public async Task RefusesAModeThatIsNotOneOfTheChoicesAndChangesNothing(string mode)
    {
        var process = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, opensIn: TimeSpan.FromDays(3));
        var organizer = await SignedInAsAdminAsync();
        var page = await EligibilityPage.OpenAsync(organizer, process.Id);

        var after = await page.ChangeAsync(mode, allowSameKeyerTwice: true);

        var settings = await EligibilitySetup.SettingsAsync(App, process.Id);
        Assert.Multiple(() =>
        {
            Assert.That(after.Errors, Is.EqualTo(new[] { "Elige «Forma de participar»." }));
            Assert.That(after.StatusMessage, Is.Null);
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Codes));
            Assert.That(settings.AllowSameKeyerTwice, Is.False);
        });
    }

    [TestCase(Roles.Resident)]
    [TestCase(Roles.Reviewer)]
    [TestCase(Roles.PollWorker)]
    public async Task ForbidsOrganizerPagesToOtherRoles(string role)
    {
        var user = await SignedInWithRolesAsync(role);

        var pages = new List<WebPage>();
        foreach (var path in OrganizerPages)
        {
            pages.Add(await user.GetAsync(Path(path)));
        }

        Assert.Multiple(() =>
        {
            foreach (var page in pages)
            {
                Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden), page.Url.ToString());
                Assert.That(page.Url.AbsolutePath, Is.EqualTo("/account/access-denied"));
            }
        });
    }

    [Test]
    public async Task SendsVisitorsToSignInFromOrganizerAndPollingPages()
    {
        var visitor = NewBrowser();

        var paths = new List<string>();
        foreach (var path in OrganizerPages.Concat(PollingPages).Append("/processes/{id}/verify"))
        {
            await visitor.GetAsync(Path(path));
            paths.Add(visitor.Redirects.FirstOrDefault()?.AbsolutePath ?? "(none)");
        }

        Assert.That(paths, Is.All.EqualTo("/account/login"));
    }

    [Test]
    public async Task PollWorkerOpensThePollingPagesButNotTheDisputes()
    {
        var pollWorker = await SignedInWithRolesAsync(Roles.PollWorker);

        var pages = new List<WebPage>();
        foreach (var path in PollingPages)
        {
            pages.Add(await pollWorker.GetAsync(Path(path)));
        }
        var disputes = await pollWorker.GetAsync(Path("/polling/{id}/disputes"));
        var settle = await pollWorker.GetAsync(Path("/polling/{id}/key?box={home}&station=C1&folio=1&resolve=true"));

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Status), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(pages[0].Find("#voter-form"), Is.Not.Null);
            Assert.That(pages[0].Find("#disputes-link"), Is.Null);
            Assert.That(pages[1].Find("#key-form"), Is.Not.Null);
            Assert.That(pages[1].Heading, Is.EqualTo("Capturar boleta de Colonia Centro"));
            Assert.That(pages[2].Heading, Is.EqualTo("Capturar boleta de Toda la ciudad"));
            Assert.That(disputes.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(settle.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [TestCase(Roles.Resident)]
    [TestCase(Roles.Reviewer)]
    public async Task ForbidsThePollingPagesToResidentsAndReviewers(string role)
    {
        var user = await SignedInWithRolesAsync(role);

        var statuses = new List<HttpStatusCode>();
        foreach (var path in PollingPages)
        {
            statuses.Add((await user.GetAsync(Path(path))).Status);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task OrganizerOpensTheDisputesAndThePollingPage()
    {
        var organizer = await SignedInWithRolesAsync(Roles.Organizer);

        var polling = await organizer.GetAsync(Path("/polling/{id}"));
        var disputes = await organizer.GetAsync(Path("/polling/{id}/disputes"));

        Assert.Multiple(() =>
        {
            Assert.That(polling.Find("#disputes-link")?.GetAttribute("href"), Is.EqualTo(Path("/polling/{id}/disputes")));
            Assert.That(disputes.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(disputes.Find("#no-disputes")?.TextContent.Trim(), Is.EqualTo("No hay boletas en revisión."));
        });
    }

    [Test]
    public async Task AnswersNotFoundForABoxThatIsNotInTheProcess()
    {
        var other = await EligibilitySetup.CreateAsync(App, EligibilityMode.Codes, cityWide: false);
        var pollWorker = await SignedInWithRolesAsync(Roles.PollWorker);

        var foreign = await pollWorker.GetAsync(Path("/polling/{id}/key?box=") + other.HomeBox);
        var noCity = await pollWorker.GetAsync($"/polling/{other.Id}/key?box=city");
        var junk = await pollWorker.GetAsync(Path("/polling/{id}/key?box=abc"));

        Assert.That(new[] { foreign.Status, noCity.Status, junk.Status }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }

    private string Path(string template) => template
        .Replace("{id}", _process.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{home}", _process.HomeBox, StringComparison.Ordinal);
}
