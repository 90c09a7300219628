using Budgeting.Web.Data;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Web.Tests.Data;

public sealed class DatabaseProviderTests : AppFixture
{
    [Test]
    public async Task AppRunsOnTheProviderTheTestRunAsksForWithEveryMigrationApplied()
    {
        var (provider, pending) = await DbAsync(async db => (db.Database.ProviderName, (await db.Database.GetPendingMigrationsAsync()).ToList()));

        Assert.Multiple(() =>
        {
            Assert.That(provider, Is.EqualTo(TestDatabase.PostgresRequested
                ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite"));
            Assert.That(pending, Is.Empty);
        });
    }

    [Test]
    public void EachProvidersMigrationsMatchTheModel()
    {
        var options = new Dictionary<string, Action<DbContextOptionsBuilder>>
        {
            [DatabaseSetup.Sqlite] = o => o.UseSqlite("Data Source=:memory:"),
            [DatabaseSetup.PostgreSql] = o => o.UseNpgsql("Host=localhost"),
        };

        Assert.Multiple(() =>
        {
            foreach (var (provider, configure) in options)
            {
                using var db = Context(provider, configure);
                Assert.That(db.Database.HasPendingModelChanges(), Is.False,
                    $"The model changed without a {provider} migration: add one for each provider (README, Operations).");
                Assert.That(db.Database.GetMigrations(), Is.Not.Empty, provider);
            }
        });
    }

    [Test]
    public void AnUnknownProviderStopsTheAppWithItsName()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Oracle",
            ["ConnectionStrings:Budgeting"] = "Data Source=x.db",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBudgetingDatabase(configuration));

        Assert.That(error.Message, Does.Contain("\"Oracle\"").And.Contain("Sqlite").And.Contain("PostgreSQL"));
    }

    private static BudgetingDbContext Context(string provider, Action<DbContextOptionsBuilder> configure)
    {
        if (provider == DatabaseSetup.PostgreSql)
        {
            var builder = new DbContextOptionsBuilder<PostgresBudgetingDbContext>();
            configure(builder);
            return new PostgresBudgetingDbContext(builder.Options);
        }
        var sqlite = new DbContextOptionsBuilder<BudgetingDbContext>();
        configure(sqlite);
        return new BudgetingDbContext(sqlite.Options);
    }
}
