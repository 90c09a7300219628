using System.Security.Cryptography;
using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// Ballots and participations in the database: a voter's current receipt and ballot, and the write of one cast inside
/// the caller's transaction. The participation row says who voted, the ballot row how; they meet only through the
/// receipt sealed in the participation, which the database alone cannot open.
/// </summary>
public sealed class BallotStore(BudgetingDbContext db, IDataProtectionProvider protection)
{
    private static readonly RandomNumberGenerator Random = RandomNumberGenerator.Create();

    private readonly IDataProtector _receipts = protection.CreateProtector("Budgeting.Voting.Receipt");

    public BudgetingDbContext Db => db;

    /// <summary>Of these processes, those in their voting phase now, read afresh: a close moved on another node counts.</summary>
    public async Task<HashSet<int>> ProcessesVotingAsync(IEnumerable<int> processIds, TimeProvider clock)
    {
        var ids = processIds.Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var processes = await db.Processes.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
        return processes.Where(p => p.PhaseAt(now) == Phase.Voting).Select(p => p.Id).ToHashSet();
    }

    /// <summary>
    /// Stores the ballot, replacing the voter's earlier one in the box; a replay of a form already accepted gets the
    /// current receipt and changes nothing; a voter who voted on paper is refused. Saves, but does not commit.
    /// </summary>
    public async Task<CastOutcome> WriteAsync(CastRequest request, DateTime nowUtc)
    {
        var (ballot, voterKey, formKey) = (request.Ballot, request.VoterKey, request.FormKey);
        var participation = await db.Participations
            .SingleOrDefaultAsync(p => p.VoterKey == voterKey && p.BoxKey == ballot.Box.Key);
        if (participation?.Channel == VotingChannel.Paper)
        {
            return CastOutcome.Refused(BallotErrors.VotedOnPaper);
        }
        if (participation is not null && (participation.SubmissionKey == formKey || await db.VoteSubmissions
                .AnyAsync(s => s.VoterKey == voterKey && s.BoxKey == ballot.Box.Key && s.FormKey == formKey)))
        {
            return CastOutcome.Stored(Unseal(participation));
        }
        var receipt = ReceiptCode.Generate(Random);
        if (participation is null)
        {
            db.Participations.Add(new Participation(voterKey, ballot.Box, request.Channel, _receipts.Protect(receipt), formKey, nowUtc));
        }
        else
        {
            var oldHash = ReceiptCode.Hash(Unseal(participation));
            db.Ballots.RemoveRange(await db.Ballots.Where(b => b.ReceiptHash == oldHash).ToListAsync());
            participation.Replace(_receipts.Protect(receipt), formKey, nowUtc);
        }
        db.Ballots.Add(StoredBallot.From(ballot, receipt, Random));
        db.VoteSubmissions.Add(new AcceptedSubmission(voterKey, ballot.Box, formKey));
        await db.SaveChangesAsync();
        return CastOutcome.Stored(receipt);
    }

    /// <summary>
    /// The voter's receipt and ballot in a box, or nulls when they have not voted there online; a paper vote has neither
    /// (the paper ballot is not linked to its voter) and is told by <c>OnPaper</c>.
    /// </summary>
    public async Task<(string? Receipt, StoredBallot? Ballot, bool OnPaper)> FindAsync(string voterKey, BallotBoxId box, CancellationToken ct)
    {
        var participation = await ParticipationAsync(voterKey, box, ct);
        if (participation is null || participation.Channel == VotingChannel.Paper)
        {
            return (null, null, participation is not null);
        }
        var receipt = Unseal(participation);
        var hash = ReceiptCode.Hash(receipt);
        return (receipt, await db.Ballots.AsNoTracking().SingleOrDefaultAsync(b => b.ReceiptHash == hash, ct), false);
    }

    /// <summary>The voter's receipt in a box; null when they have not voted there online. Its ballot was stored with it.</summary>
    public async Task<string?> ReceiptAsync(string voterKey, BallotBoxId box, CancellationToken ct)
    {
        var participation = await ParticipationAsync(voterKey, box, ct);
        return participation is null || participation.Channel == VotingChannel.Paper ? null : Unseal(participation);
    }

    private Task<Participation?> ParticipationAsync(string voterKey, BallotBoxId box, CancellationToken ct) =>
        db.Participations.AsNoTracking().SingleOrDefaultAsync(p => p.VoterKey == voterKey && p.BoxKey == box.Key, ct);

    private string Unseal(Participation participation) => _receipts.Unprotect(participation.SealedReceipt);
}
