using Budgeting.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>The real app on its own SQLite file, mail folder and fake clock, in environment "Testing".</summary>
public sealed class BudgetingApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "admin-password-2026";

    /// <summary>A Monday noon in Mexico City, far from any clock change.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 18, 0, 0, TimeSpan.Zero);

    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public BudgetingApp(IReadOnlyDictionary<string, string>? settings = null, DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? Start);
        _folder = Path.Combine(Path.GetTempPath(), "budgeting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "budgeting.db");
        MailFolder = Path.Combine(_folder, "mail");
        UploadFolder = Path.Combine(_folder, "uploads");
        _settings = settings ?? new Dictionary<string, string>();
    }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath { get; }

    public string MailFolder { get; }

    public string UploadFolder { get; }

    public Browser NewBrowser(string? acceptLanguage = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }
        return new Browser(client);
    }

    public async Task<T> WithDbAsync<T>(Func<BudgetingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BudgetingDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Budgeting", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Database:ApplyMigrationsOnStartup", "true");
        builder.UseSetting("Budgeting:Email:PickupFolder", MailFolder);
        builder.UseSetting("Budgeting:Uploads:Folder", UploadFolder);
        builder.UseSetting("Budgeting:Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Budgeting:Seed:AdminPassword", AdminPassword);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
