namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>A fixture whose tests share the seeded admin (an organizer), signed in once for the whole fixture.</summary>
public abstract class AdminFixture : AppFixture
{
    protected Browser Admin { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task SignInAdmin()
    {
        Admin = App.NewBrowser();
        await SignInAsync(Admin, BudgetingApp.AdminEmail, BudgetingApp.AdminPassword);
    }

    [OneTimeTearDown]
    public void SignOutAdmin() => Admin.Dispose();
}
