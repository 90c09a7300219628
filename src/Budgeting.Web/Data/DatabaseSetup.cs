using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Budgeting.Web.Data;

public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>Every node of one deployment must use the same name, or they cannot read each other's cookies and tokens.</summary>
    public const string ApplicationName = "Budgeting";

    /// <summary>
    /// The database named by <c>Database:Provider</c> (Sqlite, the default, or PostgreSQL) and
    /// <c>ConnectionStrings:Budgeting</c>, and where the data-protection keys are kept (<see cref="KeysInDatabase"/>).
    /// With <c>DataProtection:CertificatePath</c> the keys are stored encrypted with that certificate. Contexts are
    /// pooled: a vote-day rush builds one per request, and a pooled one is reset instead of built.
    /// </summary>
    public static IServiceCollection AddBudgetingDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Budgeting")
            ?? throw new InvalidOperationException("ConnectionStrings:Budgeting is not set.");
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<BudgetingDbContext>(o => o.UseSqlite(connectionString));
        }
        else if (provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            // Options set for BudgetingDbContext elsewhere (ConfigureDbContext: interceptors) hold for its PostgreSQL type too.
            services.AddDbContextPool<BudgetingDbContext, PostgresBudgetingDbContext>((app, o) =>
            {
                o.UseNpgsql(connectionString);
                foreach (var shared in app.GetServices<IDbContextOptionsConfiguration<BudgetingDbContext>>())
                {
                    shared.Configure(app, o);
                }
            });
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider \"{provider}\" is not supported: use {Sqlite} or {PostgreSql}.");
        }

        // AES-256-GCM rather than the default CBC with HMAC: a ballot seals and unseals cookies, tokens and receipts about
        // a dozen times, and on Linux GCM seals in three fifths of the time and unseals in two fifths (10 and 4 µs here).
        // Keys made before keep their own algorithm and still unseal what they sealed.
        var keys = services.AddDataProtection().SetApplicationName(ApplicationName)
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
            });
        if (KeysInDatabase(configuration, provider))
        {
            keys.PersistKeysToDbContext<BudgetingDbContext>();
        }
        else if (configuration["DataProtection:KeysFolder"] is { Length: > 0 } folder)
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            keys.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificate, configuration["DataProtection:CertificatePassword"]));
        }
        return services;
    }

    /// <summary>
    /// Where the keys live (<c>DataProtection:Keys</c>, <c>Database</c> or <c>Folder</c>): by default in the database
    /// for PostgreSQL, where several nodes must share them, and in a folder apart from the database for SQLite, where
    /// one node runs. The keys unseal the receipts that join a voter to a ballot, so a copy of a database that holds
    /// its own keys unencrypted can join them: with several nodes, encrypt them with <c>DataProtection:CertificatePath</c>.
    /// </summary>
    private static bool KeysInDatabase(IConfiguration configuration, string provider) => configuration["DataProtection:Keys"] switch
    {
        "Database" => true,
        "Folder" => false,
        null or "" => provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase),
        var other => throw new InvalidOperationException($"DataProtection:Keys \"{other}\" is not supported: use Database or Folder."),
    };
}
