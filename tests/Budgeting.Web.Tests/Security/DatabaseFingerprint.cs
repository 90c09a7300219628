using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Budgeting.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Tests.Security;

/// <summary>
/// What the database holds, table by table: the row count and a hash of every row's content (so an update shows as
/// well as an insert or a delete), on either provider. "Nothing stored" means an equal fingerprint, except for the
/// bookkeeping a failed sign-in is meant to write on the account it names (failed-attempt count, lockout end and the
/// concurrency stamp that every account update renews): hostile sign-ins may lock an account out, which is the defence.
/// </summary>
public sealed record DatabaseFingerprint(IReadOnlyDictionary<string, string> Tables)
{
    private static readonly Dictionary<string, string[]> Ignored = new(StringComparer.Ordinal)
    {
        ["AspNetUsers"] = ["AccessFailedCount", "LockoutEnd", "ConcurrencyStamp"],
    };

    public static Task<DatabaseFingerprint> TakeAsync(BudgetingApp app) => app.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                result[table] = await TableAsync(connection, table);
            }
            return new DatabaseFingerprint(result);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });

    /// <summary>The tables whose content differs from <paramref name="other"/>'s, with both descriptions.</summary>
    public IReadOnlyList<string> Differences(DatabaseFingerprint other) =>
        Tables.Keys.Union(other.Tables.Keys)
            .Where(t => Tables.GetValueOrDefault(t) != other.Tables.GetValueOrDefault(t))
            .Select(t => $"{t}: {other.Tables.GetValueOrDefault(t)} -> {Tables.GetValueOrDefault(t)}")
            .ToList();

    private static async Task<string> TableAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var ignored = Ignored.GetValueOrDefault(table) ?? [];
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (ignored.Contains(reader.GetName(i), StringComparer.Ordinal))
                {
                    continue;
                }
                var value = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString(),
                };
                row.Append(value).Append('\u001f');
            }
            rows.Add(row.ToString());
        }
        rows.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)));
        return $"{rows.Count} rows {Convert.ToHexString(hash)[..12]}";
    }
}
