using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Budgeting.Cli.Commands;

/// <summary>
/// The SQLite work behind <c>backup</c> and <c>restore</c>: SQLite's online backup API (a consistent snapshot taken
/// inside one read transaction, so the app may keep writing), the integrity check, and what a database file holds.
/// </summary>
internal static class BackupSqlite
{
    private const int BusyTimeoutMs = 30_000;

    /// <summary>
    /// The database file a DATABASE argument names: a file path, or a SQLite connection string (as in
    /// <c>ConnectionStrings:Budgeting</c>) whose Data Source is the file.
    /// </summary>
    public static string DatabasePath(string argument)
    {
        if (LooksLikePostgreSql(argument))
        {
            throw new UsageException("that is a PostgreSQL connection string; back up PostgreSQL with pg_dump -Fc and restore it with "
                + "pg_restore (README, Operations, Backup and restore)");
        }
        if (!argument.Contains('=', StringComparison.Ordinal) || File.Exists(argument))
        {
            return Path.GetFullPath(argument);
        }
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(argument);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"not a SQLite connection string: {e.Message}");
        }
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            throw new UsageException("the connection string names no database file (Data Source=FILE)");
        }
        return Path.GetFullPath(builder.DataSource);
    }

    /// <summary>Copies the database at <paramref name="source"/> into <paramref name="destination"/> page by page, in one step.</summary>
    public static void Copy(string source, SqliteOpenMode sourceMode, string destination, bool singleFile)
    {
        using var from = Open(source, sourceMode);
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
        if (singleFile)
        {
            // The copy inherits the source's WAL flag; a backup should be one self-contained file.
            Execute(to, "PRAGMA journal_mode=DELETE");
        }
    }

    /// <summary>Checks the file with <c>PRAGMA integrity_check</c> and reads what it holds; a damaged file is an input error.</summary>
    public static BackupSummary Inspect(string path)
    {
        List<string> tables;
        long? ballots;
        string? migration;
        using (var connection = Open(path, SqliteOpenMode.ReadOnly))
        {
            Check(connection, path, "integrity_check");
            tables = Rows(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
            ballots = tables.Contains("Ballots") ? long.Parse(Rows(connection, "SELECT count(*) FROM \"Ballots\"")[0], CultureInfo.InvariantCulture) : null;
            migration = tables.Contains("__EFMigrationsHistory")
                ? Rows(connection, "SELECT MigrationId FROM \"__EFMigrationsHistory\" ORDER BY MigrationId DESC LIMIT 1").FirstOrDefault()
                : null;
        }
        return new BackupSummary(path, new FileInfo(path).Length, tables.Count, ballots, migration, Sha256(path));
    }

    /// <summary>
    /// <c>PRAGMA quick_check</c>: the integrity check without comparing indexes to their tables, for a copy made page by
    /// page from a file that passed the full check.
    /// </summary>
    public static void QuickCheck(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        Check(connection, path, "quick_check");
    }

    /// <summary>Opens an existing file (never creating one unless asked), with a busy timeout for a database in use.</summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMs}");
        return connection;
    }

    /// <summary>Removes the journal files SQLite keeps beside a database, so a replaced file cannot be joined to a stale one.</summary>
    public static void DeleteJournals(string path)
    {
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    public static bool HasJournal(string path) => File.Exists(path + "-wal") || File.Exists(path + "-journal");

    /// <summary>Runs SQLite and file work, turning their failures into an input error naming the file.</summary>
    public static T Guard<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {(e as SqliteException)?.SqliteErrorCode switch { 26 => "not a SQLite database", _ => e.Message }}");
        }
    }

    private static void Check(SqliteConnection connection, string path, string pragma)
    {
        var problems = Rows(connection, "PRAGMA " + pragma);
        if (problems is not ["ok"])
        {
            throw new InputException($"{path} fails the SQLite integrity check: " + string.Join("; ", problems.Take(5)));
        }
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static bool LooksLikePostgreSql(string argument) =>
        argument.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || argument.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || argument.Split(';').Any(part => part.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }
        return rows;
    }
}
