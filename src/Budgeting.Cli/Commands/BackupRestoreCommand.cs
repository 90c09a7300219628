using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>restore BACKUP --to DATABASE</c>: checks the backup first, then copies it into DATABASE with SQLite's backup API.
/// A plain file copy over a database can be joined to the old <c>-wal</c> or <c>-journal</c> file left beside it and
/// replay stale pages onto the restored data; the backup API replaces the database's pages through SQLite's own
/// journal instead. The app must be stopped while it runs: a running app would go on from its cached state.
/// </summary>
internal static class BackupRestoreCommand
{
    public static int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        options.AllowOnly("--to", "--force", "--json");
        if (options.Positional.Count != 1)
        {
            throw new UsageException("restore needs exactly one BACKUP file");
        }
        var to = options.Get("--to") ?? throw new UsageException("restore needs --to DATABASE (the SQLite file or its connection string)");
        var backup = Path.GetFullPath(options.Positional[0]);
        var target = BackupSqlite.DatabasePath(to);
        if (!File.Exists(backup))
        {
            throw new InputException($"backup not found: {backup}");
        }
        if (string.Equals(backup, target, StringComparison.Ordinal))
        {
            throw new UsageException("the backup and DATABASE are the same file");
        }
        var existed = File.Exists(target);
        if (existed && !options.Has("--force"))
        {
            throw new UsageException($"{target} exists; stop the app, then pass --force to replace it with the backup");
        }
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new InputException($"folder not found: {folder}");
        }

        var watch = Stopwatch.StartNew();
        var summary = BackupSqlite.Guard(backup, () => BackupSqlite.Inspect(backup));
        if (existed && BackupSqlite.HasJournal(target))
        {
            stderr.WriteLine($"budgeting: warning: {target} has a journal beside it; if the app is still running, stop it and restore again");
        }
        if (!existed)
        {
            BackupSqlite.DeleteJournals(target);
        }
        try
        {
            BackupSqlite.Guard(target, () =>
            {
                BackupSqlite.Copy(backup, SqliteOpenMode.ReadOnly, target, singleFile: false);
                BackupSqlite.QuickCheck(target);
                return true;
            });
        }
        catch (InputException) when (!existed)
        {
            File.Delete(target);
            BackupSqlite.DeleteJournals(target);
            throw;
        }
        summary.Write(stdout, $"restored {backup} into {target}; start the app again", options.Has("--json"), watch.Elapsed.TotalSeconds);
        return Cli.Ok;
    }
}
