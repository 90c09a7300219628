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
    public async Task<IReadOnlySet<int>> ProcessesVotingAsync(IEnumerable<int> processIds, TimeProvider clock)
    {
        var ids = processIds.Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var processes = await db.Processes.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
        return processes.Where(p => p.PhaseAt(now) == Phase.Voting).Select(p => p.Id).ToHashSet();
    }

    /// <summary>
    /// Stores the ballots in order, each replacing its voter's earlier one in the box (one earlier in the same batch
    /// too); a replay of a form already accepted gets the current receipt and changes nothing; a voter who voted on
    /// paper is refused, and so is a ballot of a process not in <paramref name="voting"/>. The rows are written with
    /// plain statements (<see cref="BallotRows"/>) in the caller's transaction, which the caller commits: a rush of
    /// ballots costs one read of their voters, three inserts each (in one round trip on PostgreSQL) and one commit.
    /// </summary>
    public async Task<CastOutcome[]> WriteAllAsync(IReadOnlyList<CastRequest> requests, IReadOnlySet<int> voting, DateTime nowUtc)
    {
        var voters = requests.Select(r => r.VoterKey).Distinct().ToList();
        var batch = new Batch((await db.Participations.AsNoTracking().Where(p => voters.Contains(p.VoterKey)).ToListAsync())
            .ToDictionary(p => (p.VoterKey, p.BoxKey)));
        var rows = BallotRows.For(db);
        var outcomes = new CastOutcome[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            outcomes[i] = voting.Contains(requests[i].Ballot.Box.ProcessId)
                ? await WriteAsync(requests[i], batch, rows, nowUtc)
                : CastOutcome.Refused(BallotErrors.VotingClosed);
        }
        await rows.SaveAsync();
        return outcomes;
    }

    private async Task<CastOutcome> WriteAsync(CastRequest request, Batch batch, BallotRows rows, DateTime nowUtc)
    {
        var (ballot, voterKey, formKey) = (request.Ballot, request.VoterKey, request.FormKey);
        var voterBox = (voterKey, ballot.Box.Key);
        batch.Participations.TryGetValue(voterBox, out var participation);
        if (participation?.Channel == VotingChannel.Paper)
        {
            return CastOutcome.Refused(BallotErrors.VotedOnPaper);
        }
        if (participation is not null && (participation.SubmissionKey == formKey
                || batch.Forms.Contains((voterKey, ballot.Box.Key, formKey))
                || await db.VoteSubmissions.AnyAsync(s => s.VoterKey == voterKey && s.BoxKey == ballot.Box.Key && s.FormKey == formKey)))
        {
            return CastOutcome.Stored(Unseal(participation));
        }
        var receipt = ReceiptCode.Generate(Random);
        if (participation is null)
        {
            participation = new Participation(voterKey, ballot.Box, request.Channel, _receipts.Protect(receipt), formKey, nowUtc);
            rows.Add(participation);
            batch.Participations[voterBox] = participation;
        }
        else
        {
            rows.RemoveBallot(ReceiptCode.Hash(Unseal(participation)));
            var changesRead = participation.Changes;
            participation.Replace(_receipts.Protect(receipt), formKey, nowUtc);
            rows.Replace(participation, changesRead);
        }
        rows.Add(StoredBallot.From(ballot, receipt, Random));
        rows.Add(new AcceptedSubmission(voterKey, ballot.Box, formKey));
        batch.Forms.Add((voterKey, ballot.Box.Key, formKey));
        return CastOutcome.Stored(receipt);
    }

    /// <summary>
    /// The voter's receipt and ballot in a box, or nulls when they have not voted there online; a paper vote has neither
    /// (the paper ballot is not linked to its voter) and is told by <c>OnPaper</c>.
    /// </summary>
    public async Task<(string? Receipt, StoredBallot? Ballot, bool OnPaper)> FindAsync(string voterKey, BallotBoxId box, CancellationToken ct)
    {
        var participation = await ParticipationLookup.FindAsync(db, voterKey, box.Key, ct);
        if (participation is not { Channel: not VotingChannel.Paper } online)
        {
            return (null, null, participation is not null);
        }
        var receipt = _receipts.Unprotect(online.SealedReceipt);
        var hash = ReceiptCode.Hash(receipt);
        return (receipt, await db.Ballots.AsNoTracking().SingleOrDefaultAsync(b => b.ReceiptHash == hash, ct), false);
    }

    /// <summary>The voter's receipt in a box; null when they have not voted there online. Its ballot was stored with it.</summary>
    public async Task<string?> ReceiptAsync(string voterKey, BallotBoxId box, CancellationToken ct)
    {
        var participation = await ParticipationLookup.FindAsync(db, voterKey, box.Key, ct);
        return participation is { Channel: not VotingChannel.Paper } online ? _receipts.Unprotect(online.SealedReceipt) : null;
    }

    /// <summary>What a batch has read and written so far: participations by voter and box, accepted forms.</summary>
    private sealed record Batch(Dictionary<(string VoterKey, string BoxKey), Participation> Participations)
    {
        public HashSet<(string VoterKey, string BoxKey, string FormKey)> Forms { get; } = [];
    }

    private string Unseal(Participation participation) => _receipts.Unprotect(participation.SealedReceipt);
}
