using System.Security.Cryptography;
using Budgeting.Core.Auditing;
using Budgeting.Core.Eligibility;
using Budgeting.Web.Data;
using Budgeting.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Eligibility;

/// <summary>
/// Issues batches of voting codes for a district: stores each code's hash for redemption and the batch's codes sealed
/// with the data-protection key ring (not in the database), so the organizer can download the sheet again.
/// </summary>
public sealed class CodeIssuer(BudgetingDbContext db, IDataProtectionProvider protection, AuditLog audit, TimeProvider clock)
{
    private static readonly RandomNumberGenerator Random = RandomNumberGenerator.Create();

    private readonly IDataProtector _sealer = protection.CreateProtector("Budgeting.Eligibility.CodeBatch");

    public async Task<CodeBatch> IssueAsync(EligibilitySettings settings, int districtId, int count, string createdBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, CodeBatch.MaxCount);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var code = VotingCode.Generate(Random);
            codes.TryAdd(VotingCode.Hash(settings.Salt, VotingCode.Read(code).Bare), code);
            if (codes.Count == count)
            {
                await DropTakenAsync(settings.ProcessId, codes, ct);
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = new CodeBatch(settings.ProcessId, districtId, count, _sealer.Protect(string.Join('\n', codes.Values)),
            createdBy, clock.GetUtcNow().UtcDateTime);
        db.CodeBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        db.VotingCodes.AddRange(codes.Keys.Select(hash => new IssuedCode(settings.ProcessId, districtId, batch.Id, hash)));
        audit.Record(AuditActions.CodesIssued, settings.ProcessId, $"district={districtId} batch={batch.Id} count={count}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return batch;
    }

    /// <summary>The codes of a batch in display form, in the order they were generated.</summary>
    public IReadOnlyList<string> Unseal(CodeBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return _sealer.Unprotect(batch.SealedCodes).Split('\n');
    }

    private async Task DropTakenAsync(int processId, Dictionary<string, string> codes, CancellationToken ct)
    {
        foreach (var chunk in codes.Keys.Chunk(500).ToList())
        {
            var taken = await db.VotingCodes.AsNoTracking()
                .Where(c => c.ProcessId == processId && chunk.Contains(c.Hash)).Select(c => c.Hash).ToListAsync(ct);
            foreach (var hash in taken)
            {
                codes.Remove(hash);
            }
        }
    }
}
