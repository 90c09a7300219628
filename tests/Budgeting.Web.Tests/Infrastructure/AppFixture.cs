using Budgeting.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>One app (own database, mail folder and clock) per test fixture; each test signs in and creates its own data.</summary>
public abstract class AppFixture
{
    private readonly List<Browser> _browsers = [];

    protected BudgetingApp App { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    protected virtual DateTimeOffset StartTime => BudgetingApp.Start;

    [OneTimeSetUp]
    public void StartApp()
    {
        App = new BudgetingApp(Settings, StartTime);
        App.StartServer();
    }

    [OneTimeTearDown]
    public void StopApp() => App.Dispose();

    [TearDown]
    public void CloseBrowsers()
    {
        _browsers.ForEach(b => b.Dispose());
        _browsers.Clear();
    }

    /// <summary>Test tables write an oversized text as "@N": N characters.</summary>
    protected static string Typed(string value) =>
        value.StartsWith('@') && int.TryParse(value[1..], System.Globalization.CultureInfo.InvariantCulture, out var length)
            ? new string('x', length)
            : value;

    protected static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    protected Browser NewBrowser(string? acceptLanguage = null)
    {
        var browser = App.NewBrowser(acceptLanguage);
        _browsers.Add(browser);
        return browser;
    }

    protected async Task<Browser> SignedInAsAdminAsync(string? acceptLanguage = null)
    {
        var browser = NewBrowser(acceptLanguage);
        await SignInAsync(browser, BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);
        return browser;
    }

    /// <summary>A confirmed account with the given roles (none for a plain resident), signed in through the login page.</summary>
    protected async Task<Browser> SignedInWithRolesAsync(params string[] roles)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        const string password = "a-long-password-1";
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + email[..6] };
            var created = await users.CreateAsync(account, password);
            Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
            if (roles.Length > 0)
            {
                await users.AddToRolesAsync(account, roles);
                if (roles.Contains(Budgeting.Web.Infrastructure.Roles.Admin))
                {
                    await App.TwoFactorKeys.EnableAsync(users, account);
                }
            }
        }
        var browser = NewBrowser();
        await SignInAsync(browser, email, password);
        return browser;
    }

    protected static async Task SignInAsync(Browser browser, string email, string password)
    {
        var login = await LoginPage.OpenAsync(browser);
        var after = await login.SignInAsync(email, password);
        Assert.That(after.Find("#logout-submit"), Is.Not.Null, $"Not signed in as {email}: {string.Join(" ", after.Errors)}");
    }

    /// <summary>Creates a process through the organizer pages and adds the districts; returns its id.</summary>
    protected async Task<int> CreateProcessAsync(Browser organizer, ProcessValues values, params (string Name, string Budget)[] districts)
    {
        var create = await CreateProcessPage.OpenAsync(organizer);
        var created = await create.SubmitAsync(values);
        Assert.That(created.Url.AbsolutePath, Does.Match("^/organize/processes/[0-9]+/districts$"), string.Join(" ", created.Errors));
        var page = new DistrictsPage(created);
        foreach (var (name, budget) in districts)
        {
            var after = await page.AddAsync(name, budget);
            Assert.That(after.Names, Does.Contain(name), string.Join(" ", after.Page.Errors));
            page = after;
        }
        return page.ProcessId;
    }

    /// <summary>
    /// A process whose proposals opened yesterday (review opens in 29 days), with the districts and categories added
    /// through the organizer pages; returns its id.
    /// </summary>
    protected async Task<int> CreateProcessInProposalsAsync(
        Browser organizer, string[] categories, params (string Name, string Budget)[] districts)
    {
        var values = ProcessValues.Starting(Unique("Proceso"), App.Clock.GetUtcNow(), proposalsInDays: -1);
        var id = await CreateProcessAsync(organizer, values, districts);
        var page = await CategoriesPage.OpenAsync(organizer, id);
        foreach (var category in categories)
        {
            page = await page.AddAsync(category);
            Assert.That(page.Names, Does.Contain(category), string.Join(" ", page.Page.Errors));
        }
        return id;
    }

    /// <summary>Moves the process to the phase now, through the organizer's phase override page, for ten days.</summary>
    protected async Task MoveToPhaseAsync(Browser organizer, int processId, string phase)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ProcessValues.MexicoCity);
        var until = TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), zone).DateTime.Date.AddDays(10).AddHours(20);
        var page = await (await PhasePage.OpenAsync(organizer, processId)).OverrideAsync(phase, ProcessValues.Local(until), "Para la prueba");
        Assert.That(page.Errors, Is.Empty, $"Could not move process {processId} to {phase}.");
    }

    /// <summary>
    /// A confirmed account with the given roles, signed in through the login page; with a district, it also lives there
    /// (the residency sign-up would have stored).
    /// </summary>
    protected async Task<TestUser> SignedInUserAsync(string[] roles, int? districtId = null, string? acceptLanguage = null)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        const string password = "a-long-password-1";
        string id;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Vecina " + email[..6] };
            var created = await users.CreateAsync(account, password);
            Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
            if (roles.Length > 0)
            {
                await users.AddToRolesAsync(account, roles);
                if (roles.Contains(Budgeting.Web.Infrastructure.Roles.Admin))
                {
                    await App.TwoFactorKeys.EnableAsync(users, account);
                }
            }
            id = account.Id;
            if (districtId is { } home)
            {
                var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
                var processId = db.Districts.Where(d => d.Id == home).Select(d => d.ProcessId).Single();
                db.Residencies.Add(new Core.Residents.Residency(id, processId, home, App.Clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync();
            }
        }
        var browser = NewBrowser(acceptLanguage);
        await SignInAsync(browser, email, password);
        return new TestUser(browser, id, email);
    }

    /// <summary>Sends a proposal through the propose page and returns its id; fails the test if it is refused.</summary>
    protected static async Task<int> ProposeAsync(TestUser author, int processId, ProposalValues values, UploadFile? photo = null)
    {
        var after = await (await ProposalFormPage.OpenProposeAsync(author.Browser, processId)).SubmitAsync(values, photo);
        Assert.That(after.Url.AbsolutePath, Does.Match("^/proposals/[0-9]+$"), $"Proposal refused ({after.Status}): {string.Join(" ", after.Errors)}");
        return new ProposalPage(after).Id;
    }

    protected Task<int> DistrictIdAsync(int processId, string name) =>
        DbAsync(db => db.Districts.Where(d => d.ProcessId == processId && d.Name == name).Select(d => d.Id).SingleAsync());

    protected Task<int> CategoryIdAsync(int processId, string name) =>
        DbAsync(db => db.Categories.Where(c => c.ProcessId == processId && c.Name == name).Select(c => c.Id).SingleAsync());

    protected ProcessValues ValidProcess(string? name = null) =>
        ProcessValues.Starting(name ?? Unique("Proceso"), App.Clock.GetUtcNow(), proposalsInDays: 7);

    protected Task<T> DbAsync<T>(Func<BudgetingDbContext, Task<T>> query) => App.WithDbAsync(query);
}
