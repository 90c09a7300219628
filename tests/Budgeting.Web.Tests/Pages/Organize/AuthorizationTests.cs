using System.Net;
using Budgeting.Web.Infrastructure;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Pages.Organize;

public sealed class AuthorizationTests : AppFixture
{
    private static readonly string[] OrganizerPages =
    [
        "/organize",
        "/organize/processes/new",
        "/organize/processes/{id}/edit",
        "/organize/processes/{id}/districts",
        "/organize/processes/{id}/categories",
        "/organize/processes/{id}/phase",
        "/admin/audit",
    ];

    private int _processId;

    [OneTimeSetUp]
    public async Task CreateProcess() => _processId = await CreateProcessAsync(await SignedInAsAdminAsync(), ValidProcess());

    [TestCaseSource(nameof(OrganizerPages))]
    public async Task SendsVisitorToSignIn(string path)
    {
        var visitor = NewBrowser();

        var page = await visitor.GetAsync(path.Replace("{id}", _processId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Multiple(() =>
        {
            Assert.That(visitor.Redirects, Has.Count.EqualTo(1));
            Assert.That(visitor.Redirects[0].AbsolutePath, Is.EqualTo("/account/login"));
            Assert.That(page.Find("#login-submit"), Is.Not.Null);
        });
    }

    [TestCaseSource(nameof(OrganizerPages))]
    public async Task ForbidsResident(string path)
    {
        var resident = await SignedInWithRolesAsync(Roles.Resident);

        var page = await resident.GetAsync(path.Replace("{id}", _processId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(page.Url.AbsolutePath, Is.EqualTo("/account/access-denied"));
            Assert.That(page.Heading, Is.EqualTo("Acceso denegado"));
        });
    }

    [Test]
    public async Task ForbidsOrganizerTheAuditLog()
    {
        var organizer = await SignedInWithRolesAsync(Roles.Organizer);

        var page = await organizer.GetAsync("/admin/audit");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task LetsOrganizerCreateProcess()
    {
        var organizer = await SignedInWithRolesAsync(Roles.Organizer);

        var id = await CreateProcessAsync(organizer, ValidProcess(), ("Coyoacán", "1000"));

        Assert.That(await DbAsync(db => db.Districts.CountAsync(d => d.ProcessId == id)), Is.EqualTo(1));
    }

    [Test]
    public async Task ResidentPostingTheCreateFormCreatesNothing()
    {
        var resident = await SignedInWithRolesAsync(Roles.Resident);
        var home = await HomePage.OpenAsync(resident);
        var token = home.Page.Form("language-form").Value("__RequestVerificationToken")!;
        var before = await DbAsync(db => db.Processes.CountAsync());
        var values = ValidProcess();

        var page = await resident.PostAsync("/organize/processes/new",
        [
            new("__RequestVerificationToken", token),
            new("Input.Name", values.Name),
            new("Input.TimeZoneId", values.TimeZoneId),
            new("Input.CurrencyCode", values.CurrencyCode),
            new("Input.ProposalsOpen", values.ProposalsOpen),
            new("Input.ReviewOpen", values.ReviewOpen),
            new("Input.VotingOpen", values.VotingOpen),
            new("Input.VotingClose", values.VotingClose),
        ]);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await DbAsync(db => db.Processes.CountAsync()), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task HidesOrganizerLinksFromResident()
    {
        var resident = await SignedInWithRolesAsync(Roles.Resident);

        var home = await HomePage.OpenAsync(resident);

        Assert.Multiple(() =>
        {
            Assert.That(home.Page.Find("a[href='/organize']"), Is.Null);
            Assert.That(home.Page.Find("a[href='/admin/audit']"), Is.Null);
        });
    }
}
