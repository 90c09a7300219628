using Budgeting.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// Accounts signed in once for a whole fixture (a fixture's own browsers are closed after each test): poll workers and
/// organizers shared by tests that each make their own process.
/// </summary>
public static class FixtureAccounts
{
    public static async Task<TestUser> SignInAsync(BudgetingApp app, params string[] roles)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        const string password = "a-long-password-1";
        string id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Casilla " + email[..6] };
            var created = await users.CreateAsync(account, password);
            Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
            await users.AddToRolesAsync(account, roles);
            if (roles.Contains(Budgeting.Web.Infrastructure.Roles.Admin))
            {
                await app.TwoFactorKeys.EnableAsync(users, account);
            }
            id = account.Id;
        }
        var browser = app.NewBrowser();
        var after = await (await LoginPage.OpenAsync(browser)).SignInAsync(email, password);
        Assert.That(after.Find("#logout-submit"), Is.Not.Null, $"Not signed in as {email}: {string.Join(" ", after.Errors)}");
        return new TestUser(browser, id, email);
    }
}
