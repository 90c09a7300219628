using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using static Budgeting.Cli.Tests.Support.CliRun;

namespace Budgeting.Cli.Tests;

public class BackupCommandTests
{
    private string _temp = "";

    [SetUp]
    public void CreateTempDirectory()
    {
        _temp = Path.Combine(Path.GetTempPath(), "budgeting-backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void DeleteTempDirectory() => Directory.Delete(_temp, recursive: true);

    [Test]
    public void BackupWhileAWriteIsOpenCopiesTheCommittedBallotsIntoOneCheckedFile()
    {
        var database = Database("live.db", ballots: 60);
        var output = In("backup.db");
        using var app = Connect(database);
        Execute(app, "PRAGMA wal_autocheckpoint = 0");
        Insert(app, 40, null);
        using var write = app.BeginTransaction();
        Insert(app, 50, write);

        var (code, stdout, stderr) = Run("backup", database, output, "--json");

        write.Rollback();
        Assert.That(code, Is.EqualTo(Cli.Ok), stderr);
        Assert.That(new FileInfo(database + "-wal").Length, Is.GreaterThan(0), "40 of the ballots were only in the WAL file");
        var summary = JsonDocument.Parse(stdout).RootElement;
        var header = File.ReadAllBytes(output).AsSpan(18, 2).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("ballots").GetInt64(), Is.EqualTo(100));
            Assert.That(summary.GetProperty("tables").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("integrity").GetString(), Is.EqualTo("ok"));
            Assert.That(summary.GetProperty("bytes").GetInt64(), Is.EqualTo(new FileInfo(output).Length));
            Assert.That(summary.GetProperty("sha256").GetString(), Is.EqualTo(Sha256(output)));
            Assert.That(summary.GetProperty("migration").GetString(), Is.EqualTo("20260101000000_Initial"));
            Assert.That(BallotCount(output), Is.EqualTo(100));
            Assert.That(header, Is.EqualTo(new byte[] { 1, 1 }), "a backup is one file, not in WAL mode");
            Assert.That(Directory.GetFiles(_temp).Select(Path.GetFileName), Is.EquivalentTo(new[] { "live.db", "live.db-wal", "live.db-shm", "backup.db" }));
        });
    }

    [Test]
    public void TextSummaryNamesSizeTablesBallotsAndHash()
    {
        var database = Database("app.db", ballots: 7);
        var output = In("copy.db");

        var (code, stdout, _) = Run("backup", "--database", $"Data Source={database};Pooling=False", "--out", output);

        Assert.That(code, Is.EqualTo(Cli.Ok));
        Assert.That(stdout, Does.Contain($"written to {output}").And.Contain("tables:    2").And.Contain("ballots:   7")
            .And.Contain("integrity: ok").And.Contain("sha256:    " + Sha256(output)).And.Contain("bytes"));
    }

    [Test]
    public void BackupRefusesToReplaceAFileUnlessForced()
    {
        var database = Database("app.db", ballots: 3);
        var output = In("backup.db");
        File.WriteAllText(output, "an older backup");

        var refused = Run("backup", database, output);
        var unchanged = File.ReadAllText(output);
        var forced = Run("backup", database, output, "--force");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Code, Is.EqualTo(Cli.UsageError));
            Assert.That(refused.Stderr, Does.Contain($"{output} exists; pass --force to replace it"));
            Assert.That(unchanged, Is.EqualTo("an older backup"));
            Assert.That(forced.Code, Is.EqualTo(Cli.Ok), forced.Stderr);
            Assert.That(BallotCount(output), Is.EqualTo(3));
        });
    }

    [Test]
    public void MissingDatabaseIsAnInputErrorAndCreatesNothing()
    {
        var (code, stdout, stderr) = Run("backup", In("nope.db"), In("backup.db"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(Cli.InputError));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.Contain("database not found").And.Contain("nope.db"));
            Assert.That(Directory.GetFiles(_temp), Is.Empty);
        });
    }

    [Test]
    public void AFileThatIsNotADatabaseIsAnInputErrorAndLeavesNoBackup()
    {
        var notADatabase = In("notes.db");
        File.WriteAllText(notADatabase, "these are not pages of a database, only some words in a text file that is long enough");

        var (code, _, stderr) = Run("backup", notADatabase, In("backup.db"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(Cli.InputError));
            Assert.That(stderr, Does.Contain("notes.db: not a SQLite database"));
            Assert.That(Directory.GetFiles(_temp).Select(Path.GetFileName), Is.EqualTo(new[] { "notes.db" }));
        });
    }

    [TestCase("Host=db.internal;Database=budgeting;Username=app")]
    [TestCase("postgresql://app@db.internal/budgeting")]
    public void APostgreSqlConnectionStringPointsToPgDump(string connectionString)
    {
        var (code, _, stderr) = Run("backup", connectionString, In("backup.db"));

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.Contain("pg_dump -Fc"));
    }

    [TestCase(new[] { "backup" }, "backup needs DATABASE")]
    [TestCase(new[] { "backup", "a.db" }, "backup needs DATABASE")]
    [TestCase(new[] { "backup", "a.db", "b.db", "c.db" }, "not also 'c.db'")]
    [TestCase(new[] { "backup", "a.db", "b.db", "--rule", "x" }, "unknown option --rule")]
    [TestCase(new[] { "backup", "Data Source=:memory:", "b.db" }, "names no database file")]
    [TestCase(new[] { "restore", "--to", "a.db" }, "restore needs exactly one BACKUP file")]
    [TestCase(new[] { "restore", "a.db" }, "restore needs --to DATABASE")]
    public void WrongCommandLinesAreUsageErrors(string[] args, string message)
    {
        var (code, _, stderr) = Run(args);

        Assert.That(code, Is.EqualTo(Cli.UsageError));
        Assert.That(stderr, Does.Contain(message));
    }

    [Test]
    public void RestoreCreatesTheDatabaseFromACheckedBackup()
    {
        var backup = Backup(Database("app.db", ballots: 12));
        var target = In("restored.db");

        var (code, stdout, stderr) = Run("restore", backup, "--to", $"Data Source={target}");

        Assert.That(code, Is.EqualTo(Cli.Ok), stderr);
        Assert.That(stdout, Does.Contain($"restored {backup} into {target}").And.Contain("start the app again").And.Contain(Sha256(backup)));
        Assert.That(BallotCount(target), Is.EqualTo(12));
    }

    [Test]
    public void RestoreReplacesADatabaseOnlyWhenForcedAndNeverReplaysItsOldWal()
    {
        var backup = Backup(Database("app.db", ballots: 5));
        var target = Database("live.db", ballots: 40);
        string[] args = ["restore", backup, "--to", target];

        var refused = Run(args);
        var countAfterRefusal = BallotCount(target);
        (int Code, string Stdout, string Stderr) forced;
        using (var left = Connect(target))
        {
            Execute(left, "PRAGMA wal_autocheckpoint = 0");
            Insert(left, 30, null);
            forced = Run([.. args, "--force"]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(refused.Code, Is.EqualTo(Cli.UsageError));
            Assert.That(refused.Stderr, Does.Contain("exists; stop the app, then pass --force"));
            Assert.That(countAfterRefusal, Is.EqualTo(40));
            Assert.That(forced.Code, Is.EqualTo(Cli.Ok), forced.Stderr);
            Assert.That(forced.Stderr, Does.Contain("if the app is still running, stop it"));
            Assert.That(BallotCount(target), Is.EqualTo(5), "the restored data, not the 70 ballots of the old database and its WAL");
        });
    }

    [Test]
    public void RestoreRefusesADamagedBackupAndCreatesNothing()
    {
        var backup = Backup(Database("app.db", ballots: 400));
        using (var file = File.OpenWrite(backup))
        {
            file.Position = 2 * 4096;
            file.Write(Enumerable.Repeat((byte)0xA5, 4096).ToArray());
        }
        var target = In("restored.db");

        var (code, _, stderr) = Run("restore", backup, "--to", target);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(Cli.InputError));
            Assert.That(stderr, Does.Contain(backup));
            Assert.That(File.Exists(target), Is.False);
        });
    }

    private string In(string name) => Path.Combine(_temp, name);

    /// <summary>A database shaped like the app's: WAL mode, a Ballots table and a migrations history.</summary>
    private string Database(string name, int ballots)
    {
        var path = In(name);
        using var connection = Connect(path);
        Execute(connection, "PRAGMA journal_mode = WAL");
        Execute(connection, "CREATE TABLE Ballots (Id INTEGER PRIMARY KEY, Content TEXT NOT NULL)");
        Execute(connection, "CREATE TABLE __EFMigrationsHistory (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT NOT NULL)");
        Execute(connection, "INSERT INTO __EFMigrationsHistory VALUES ('20251201000000_Older', '10.0.15'), ('20260101000000_Initial', '10.0.15')");
        Insert(connection, ballots, null);
        return path;
    }

    private string Backup(string database)
    {
        var output = database + ".backup";
        var (code, _, stderr) = Run("backup", database, output);
        Assert.That(code, Is.EqualTo(Cli.Ok), stderr);
        return output;
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Insert(SqliteConnection connection, int count, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count)
            INSERT INTO Ballots (Content) SELECT printf('ballot %d %s', i, hex(randomblob(40))) FROM n
            """;
        command.Parameters.AddWithValue("$count", count);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long BallotCount(string path)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Ballots";
        return (long)command.ExecuteScalar()!;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
