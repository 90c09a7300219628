using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Residents;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Budgeting.Web.Eligibility;

public enum CensusMatchOutcome
{
    Matched,
    Invalid,
    NotFound,
    Taken,
    AccountMatchedElsewhere,
    TooManyAttempts,
}

/// <summary>The answer to a resident's "verify me": the district the census puts them in when matched.</summary>
public sealed record CensusMatch(CensusMatchOutcome Outcome, int DistrictId = 0);

/// <summary>The result of importing a census list: how many people were added and how many were already there, or why nothing was.</summary>
public sealed record CensusImportResult(CensusFile File, int Added, int AlreadyPresent)
{
    public bool Succeeded => File.Succeeded;
}

/// <summary>
/// A process's census: imports lists (all or nothing; identifiers kept only as HMACs) and matches an account to its
/// entry, one account per entry, which also sets the account's district in the process to the census's.
/// </summary>
public sealed class CensusRegister(BudgetingDbContext db, AttemptLimiter limiter, AuditLog audit, TimeProvider clock)
{
    public async Task<CensusImportResult> ImportAsync(Process process, EligibilitySettings settings, TextReader csv, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(settings);
        var file = CensusCsv.Read(csv, process.Districts);
        if (!file.Succeeded)
        {
            return new CensusImportResult(file, 0, 0);
        }
        var existing = await db.CensusEntries.AsNoTracking().Where(e => e.ProcessId == process.Id)
            .Select(e => new { e.IdentifierHash, e.DistrictId }).ToDictionaryAsync(e => e.IdentifierHash, e => e.DistrictId, ct);
        var conflicts = new List<CensusError>();
        var added = new List<CensusEntry>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in file.Rows)
        {
            var hash = CensusIdentifier.Hash(settings.Salt, row.Identifier);
            if (!existing.TryGetValue(hash, out var districtId))
            {
                added.Add(new CensusEntry(process.Id, row.DistrictId, hash, now));
            }
            else if (districtId != row.DistrictId && conflicts.Count < CensusCsv.MaxErrors)
            {
                conflicts.Add(new CensusError(row.Line, CensusErrors.InOtherDistrict));
            }
        }
        if (conflicts.Count > 0)
        {
            return new CensusImportResult(file with { Errors = conflicts }, 0, 0);
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await InsertAsync(added, ct);
            audit.Record(AuditActions.CensusImported, process.Id, $"added={added.Count} present={file.Rows.Count - added.Count}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return new CensusImportResult(file, added.Count, file.Rows.Count - added.Count);
    }

    /// <summary>
    /// Whether an identifier names a census entry still free to match, before an account exists (at sign-up); misses
    /// count against the client's address.
    /// </summary>
    public async Task<CensusMatchOutcome> CheckFreeAsync(int processId, EligibilitySettings settings, string? identifier, string client, CancellationToken ct)
    {
        var (entry, outcome) = await LookUpAsync(processId, settings, identifier, AttemptLimiter.PerAddress, client, ct);
        return entry is null ? outcome : entry.AccountId is null ? CensusMatchOutcome.Matched : CensusMatchOutcome.Taken;
    }

    public async Task<CensusMatch> MatchAsync(int processId, EligibilitySettings settings, string accountId, string? identifier, CancellationToken ct)
    {
        var (entry, outcome) = await LookUpAsync(processId, settings, identifier, AttemptLimiter.PerAccount, accountId, ct);
        if (entry is null)
        {
            return new CensusMatch(outcome);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (entry.AccountId != accountId
            && await db.CensusEntries.AnyAsync(e => e.ProcessId == processId && e.AccountId == accountId, ct))
        {
            return new CensusMatch(CensusMatchOutcome.AccountMatchedElsewhere);
        }
        if (entry.Claim(accountId, now) is { Succeeded: false })
        {
            limiter.RecordFailure(AttemptLimiter.PerAccount, accountId);
            return new CensusMatch(CensusMatchOutcome.Taken);
        }
        var residency = await db.Residencies.SingleOrDefaultAsync(r => r.AccountId == accountId && r.ProcessId == processId, ct);
        if (residency is null)
        {
            db.Residencies.Add(new Residency(accountId, processId, entry.DistrictId, now));
        }
        else if (residency.DistrictId != entry.DistrictId)
        {
            residency.MoveTo(entry.DistrictId, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another account claimed the entry at this moment; the concurrency check on AccountId kept theirs.
            db.ChangeTracker.Clear();
            return new CensusMatch(CensusMatchOutcome.Taken);
        }
        return new CensusMatch(CensusMatchOutcome.Matched, entry.DistrictId);
    }

    private async Task<(CensusEntry? Entry, CensusMatchOutcome Outcome)> LookUpAsync(int processId, EligibilitySettings settings,
        string? identifier, AttemptPolicy policy, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!CensusIdentifier.TryNormalize(identifier, out var normal))
        {
            return (null, CensusMatchOutcome.Invalid);
        }
        if (limiter.IsBlocked(policy, key))
        {
            return (null, CensusMatchOutcome.TooManyAttempts);
        }
        var hash = CensusIdentifier.Hash(settings.Salt, normal);
        var entry = await db.CensusEntries.SingleOrDefaultAsync(e => e.ProcessId == processId && e.IdentifierHash == hash, ct);
        if (entry is null)
        {
            limiter.RecordFailure(policy, key);
        }
        return (entry, CensusMatchOutcome.NotFound);
    }

    /// <summary>
    /// Inserts census rows with one prepared command reused for every row, in the caller's transaction: a census has
    /// up to hundreds of thousands of rows, which EF's change tracking would make several times slower.
    /// </summary>
    private async Task InsertAsync(IReadOnlyList<CensusEntry> entries, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var entity = db.Model.FindEntityType(typeof(CensusEntry))!;
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        command.CommandText = $"INSERT INTO \"{entity.GetTableName()}\" (\"{Column(nameof(CensusEntry.ProcessId))}\", \"{Column(nameof(CensusEntry.DistrictId))}\", " +
            $"\"{Column(nameof(CensusEntry.IdentifierHash))}\", \"{Column(nameof(CensusEntry.ImportedAtUtc))}\") VALUES (@process, @district, @hash, @at)";
        var parameters = new[] { "@process", "@district", "@hash", "@at" }.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            (parameters[0].Value, parameters[1].Value, parameters[2].Value, parameters[3].Value) =
                (entry.ProcessId, entry.DistrictId, entry.IdentifierHash, entry.ImportedAtUtc);
            if (i == 0)
            {
                // PostgreSQL prepares a command only once its parameters' types are known: the first row's values tell them.
                await command.PrepareAsync(ct);
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
