using Budgeting.Web.Data;
using Npgsql;

namespace Budgeting.Web.Tests.Infrastructure;

/// <summary>
/// Where a test app keeps its data: a SQLite file, or a fresh PostgreSQL database (dropped on dispose) on the throwaway
/// cluster that tests/run.sh starts and names in <see cref="PostgresVariable"/>.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>Set to "PostgreSQL" to run the app tests on PostgreSQL instead of SQLite.</summary>
    public const string ProviderVariable = "BUDGETING_TEST_PROVIDER";

    /// <summary>A connection string to the test cluster's maintenance database, as a superuser.</summary>
    public const string PostgresVariable = "BUDGETING_TEST_POSTGRES";

    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => _postgresName is not null;

    public static bool PostgresRequested =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), DatabaseSetup.PostgreSql, StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Sqlite(string path) => new(DatabaseSetup.Sqlite, $"Data Source={path};Pooling=False", null);

    public static TestDatabase CreatePostgres()
    {
        var name = "budgeting_test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseSetup.PostgreSql, connectionString, name);
    }

    public void Dispose()
    {
        if (_postgresName is null)
        {
            return;
        }
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        Execute($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
    }

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set, so there is no PostgreSQL to test on: run tests/run.sh, which starts a throwaway cluster and sets it.");

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
