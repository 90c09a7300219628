using System.Security.Cryptography;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// Records a ballot and its participation in one transaction, so a ballot is either counted with its receipt or not
/// at all. A second ballot from the same voter and box replaces the first; a replay of any form already accepted gets
/// the voter's current receipt and changes nothing. Writes go one at a time: SQLite has one writer anyway, and queuing here is faster than lock retries.
/// </summary>
public sealed class VoteWriter(BudgetingDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly RandomNumberGenerator Random = RandomNumberGenerator.Create();

    private readonly IDataProtector _receipts = protection.CreateProtector("Budgeting.Voting.Receipt");

    /// <summary>The receipt of the stored ballot; null when the voter voted on paper, which stands.</summary>
    public async Task<string?> CastAsync(CanonicalBallot ballot, string voterKey, VotingChannel channel, string formKey, CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var participation = await db.Participations
                .SingleOrDefaultAsync(p => p.VoterKey == voterKey && p.BoxKey == ballot.Box.Key, ct);
            if (participation?.Channel == VotingChannel.Paper)
            {
                return null;
            }
            if (participation is not null && (participation.SubmissionKey == formKey || await db.VoteSubmissions
                    .AnyAsync(s => s.VoterKey == voterKey && s.BoxKey == ballot.Box.Key && s.FormKey == formKey, ct)))
            {
                return Unseal(participation);
            }
            var receipt = ReceiptCode.Generate(Random);
            var now = clock.GetUtcNow().UtcDateTime;
            if (participation is null)
            {
                db.Participations.Add(new Participation(voterKey, ballot.Box, channel, _receipts.Protect(receipt), formKey, now));
            }
            else
            {
                var oldHash = ReceiptCode.Hash(Unseal(participation));
                await db.Ballots.Where(b => b.ReceiptHash == oldHash).ExecuteDeleteAsync(ct);
                participation.Replace(_receipts.Protect(receipt), formKey, now);
            }
            db.Ballots.Add(StoredBallot.From(ballot, receipt, Random));
            db.VoteSubmissions.Add(new AcceptedSubmission(voterKey, ballot.Box, formKey));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return receipt;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// The voter's receipt and ballot in a box, or nulls when they have not voted there online; a paper vote has neither
    /// (the paper ballot is not linked to its voter) and is told by <c>OnPaper</c>.
    /// </summary>
    public async Task<(string? Receipt, StoredBallot? Ballot, bool OnPaper)> FindAsync(string voterKey, BallotBoxId box, CancellationToken ct)
    {
        var participation = await db.Participations.AsNoTracking()
            .SingleOrDefaultAsync(p => p.VoterKey == voterKey && p.BoxKey == box.Key, ct);
        if (participation is null || participation.Channel == VotingChannel.Paper)
        {
            return (null, null, participation is not null);
        }
        var receipt = Unseal(participation);
        var hash = ReceiptCode.Hash(receipt);
        return (receipt, await db.Ballots.AsNoTracking().SingleOrDefaultAsync(b => b.ReceiptHash == hash, ct), false);
    }

    private string Unseal(Participation participation) => _receipts.Unprotect(participation.SealedReceipt);
}
