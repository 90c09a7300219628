using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>backup DATABASE OUT</c>: a consistent copy of the app's SQLite database taken while the app keeps running and
/// writing, made in a temporary file beside OUT, checked with <c>PRAGMA integrity_check</c>, and only then moved to
/// OUT, so OUT is never a half-written backup.
/// </summary>
internal static class BackupCommand
{
    public static int Run(Options options, TextWriter stdout)
    {
        options.AllowOnly("--database", "--out", "--force", "--json");
        var positional = new Queue<string>(options.Positional);
        var database = options.Get("--database") ?? Next(positional);
        var output = options.Get("--out") ?? Next(positional);
        if (positional.Count > 0)
        {
            throw new UsageException($"backup takes one DATABASE and one OUT, not also '{positional.Peek()}'");
        }
        var source = BackupSqlite.DatabasePath(database);
        var target = Path.GetFullPath(output);
        if (!File.Exists(source))
        {
            throw new InputException($"database not found: {source}");
        }
        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            throw new UsageException("OUT must be another file than the database");
        }
        if (Directory.Exists(target))
        {
            throw new UsageException($"{target} is a folder; OUT names the backup file");
        }
        if (File.Exists(target) && !options.Has("--force"))
        {
            throw new UsageException($"{target} exists; pass --force to replace it");
        }
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new InputException($"folder not found: {folder}");
        }

        var watch = Stopwatch.StartNew();
        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            BackupSqlite.Guard(source, () =>
            {
                BackupSqlite.Copy(source, SqliteOpenMode.ReadWrite, partial, singleFile: true);
                return true;
            });
            var summary = BackupSqlite.Guard(partial, () => BackupSqlite.Inspect(partial));
            BackupSqlite.Guard(target, () =>
            {
                BackupSqlite.DeleteJournals(target);
                File.Move(partial, target, overwrite: options.Has("--force"));
                return true;
            });
            (summary with { File = target }).Write(stdout, $"backup of {source} written to {target}", options.Has("--json"), watch.Elapsed.TotalSeconds);
            return Cli.Ok;
        }
        finally
        {
            File.Delete(partial);
            BackupSqlite.DeleteJournals(partial);
        }
    }

    private static string Next(Queue<string> positional) =>
        positional.TryDequeue(out var value)
            ? value
            : throw new UsageException("backup needs DATABASE (the SQLite file or its connection string) and OUT (the backup file)");
}
