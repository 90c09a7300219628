using Budgeting.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// The real app on its own database, mail folder and fake clock, in environment "Testing". The database is a SQLite file,
/// or a fresh PostgreSQL database when <see cref="TestDatabase.ProviderVariable"/> asks for it; a given
/// <see cref="TestDatabase"/> is shared, not owned (several apps on one database are several web nodes).
/// </summary>
public sealed class BudgetingApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "admin-password-2026";

    /// <summary>The category of tests that need SQLite's file; the PostgreSQL pass of tests/run.sh leaves them out.</summary>
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>The category of tests that always need the PostgreSQL test cluster, whichever provider the run uses.</summary>
    public const string PostgresOnly = "PostgresOnly";

    /// <summary>A Monday noon in Mexico City, far from any clock change.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 18, 0, 0, TimeSpan.Zero);

    private readonly string _folder;
    private readonly string _sqlitePath;
    private readonly bool _ownsDatabase;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public BudgetingApp(IReadOnlyDictionary<string, string>? settings = null, DateTimeOffset? start = null, TestDatabase? database = null)
    {
        Clock = new FakeTimeProvider(start ?? Start);
        _folder = Path.Combine(Path.GetTempPath(), "budgeting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _sqlitePath = Path.Combine(_folder, "budgeting.db");
        MailFolder = Path.Combine(_folder, "mail");
        UploadFolder = Path.Combine(_folder, "uploads");
        _settings = settings ?? new Dictionary<string, string>();
        _ownsDatabase = database is null;
        Database = database ?? (TestDatabase.PostgresRequested ? TestDatabase.CreatePostgres() : TestDatabase.Sqlite(_sqlitePath));
    }

    public FakeTimeProvider Clock { get; }

    public TestDatabase Database { get; }

    /// <summary>The SQLite file; tests that read it run on SQLite only (category <see cref="SqliteOnly"/>).</summary>
    public string DatabasePath => Database.IsPostgres
        ? throw new InvalidOperationException("This app runs on PostgreSQL and has no database file: mark the test [Category(SqliteOnly)].")
        : _sqlitePath;

    public string MailFolder { get; }

    public string UploadFolder { get; }

    public TwoFactorKeys TwoFactorKeys { get; } = new();

    public Browser NewBrowser(string? acceptLanguage = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }
        return new Browser(client, TwoFactorKeys);
    }

    public async Task<T> WithDbAsync<T>(Func<BudgetingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BudgetingDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Budgeting", Database.ConnectionString);
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
        });
    }

    /// <summary>Admin pages require two-factor sign-in, so the seeded admin has it from the start, as a real admin would.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        if (users.FindByEmailAsync(AdminEmail).GetAwaiter().GetResult() is { } admin)
        {
            TwoFactorKeys.EnableAsync(users, admin).GetAwaiter().GetResult();
        }
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
