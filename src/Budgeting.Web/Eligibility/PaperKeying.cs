using System.Security.Cryptography;
using Budgeting.Core;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Eligibility;

public enum PaperKeyOutcome
{
    FirstEntrySaved,
    Counted,
    SentToSupervisor,
    Refused,
}

/// <summary>What became of a keyed entry; <see cref="Error"/> is a <see cref="DomainErrors"/> code when refused.</summary>
public sealed record PaperKeyResult(PaperKeyOutcome Outcome, string? Error = null);

/// <summary>
/// Keys paper ballots in: the first entry waits, a matching second entry (blind: the second poll worker never sees the
/// first) puts the ballot in the box, a differing one sends it to a supervisor. The ballot that counts is stored like an
/// online ballot, with a receipt nobody holds, in the same transaction as the entry that made it count.
/// </summary>
public sealed class PaperKeying(BudgetingDbContext db, AuditLog audit, TimeProvider clock)
{
    private static readonly RandomNumberGenerator Random = RandomNumberGenerator.Create();

    public async Task<PaperKeyResult> KeyAsync(int processId, string station, int folio, PaperReading reading, CanonicalBallot? ballot,
        string keyer, bool allowSameKeyer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var paper = await db.PaperBallots.SingleOrDefaultAsync(b => b.ProcessId == processId && b.Station == station && b.Folio == folio, ct);
        PaperKeyResult result;
        if (paper is null)
        {
            db.PaperBallots.Add(PaperBallot.KeyFirst(processId, station, folio, reading, keyer, now));
            result = new PaperKeyResult(PaperKeyOutcome.FirstEntrySaved);
        }
        else
        {
            var keyed = paper.KeySecond(reading, keyer, allowSameKeyer, now);
            if (!keyed.Succeeded)
            {
                return new PaperKeyResult(PaperKeyOutcome.Refused, keyed.Error);
            }
            result = new PaperKeyResult(paper.Status == PaperBallotStatus.Counted ? PaperKeyOutcome.Counted : PaperKeyOutcome.SentToSupervisor);
            AddToBox(paper, ballot);
        }
        if (!await SaveAsync(ct))
        {
            return new PaperKeyResult(PaperKeyOutcome.Refused, DomainErrors.PaperBallotComplete);
        }
        await transaction.CommitAsync(ct);
        return result;
    }

    public async Task<PaperKeyResult> ResolveAsync(int processId, string station, int folio, PaperReading reading, CanonicalBallot? ballot,
        string supervisor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var paper = await db.PaperBallots.SingleOrDefaultAsync(b => b.ProcessId == processId && b.Station == station && b.Folio == folio, ct);
        var resolved = paper?.Resolve(reading, supervisor, clock.GetUtcNow().UtcDateTime) ?? DomainResult.Fail(DomainErrors.PaperBallotNotDisputed);
        if (!resolved.Succeeded)
        {
            return new PaperKeyResult(PaperKeyOutcome.Refused, resolved.Error);
        }
        AddToBox(paper!, ballot);
        audit.Record(AuditActions.PaperBallotResolved, processId, $"station={station} folio={folio} kind={reading.Kind}");
        if (!await SaveAsync(ct))
        {
            return new PaperKeyResult(PaperKeyOutcome.Refused, DomainErrors.PaperBallotNotDisputed);
        }
        await transaction.CommitAsync(ct);
        return new PaperKeyResult(PaperKeyOutcome.Counted);
    }

    private void AddToBox(PaperBallot paper, CanonicalBallot? ballot)
    {
        if (paper.Counted is { Kind: PaperBallotKind.Valid })
        {
            var content = ballot ?? throw new InvalidOperationException("A valid paper ballot needs its checked ballot.");
            db.Ballots.Add(StoredBallot.From(content, ReceiptCode.Generate(Random), Random));
        }
    }

    /// <summary>Saves; false when another worker keyed the same ballot at the same moment (the unique index kept theirs).</summary>
    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
