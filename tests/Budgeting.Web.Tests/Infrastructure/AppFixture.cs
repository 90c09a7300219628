using Budgeting.Web.Data;
using Microsoft.AspNetCore.Identity;
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

    protected ProcessValues ValidProcess(string? name = null) =>
        ProcessValues.Starting(name ?? Unique("Proceso"), App.Clock.GetUtcNow(), proposalsInDays: 7);

    protected Task<T> DbAsync<T>(Func<BudgetingDbContext, Task<T>> query) => App.WithDbAsync(query);
}
