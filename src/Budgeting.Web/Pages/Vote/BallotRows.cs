using System.Data.Common;
using System.Runtime.CompilerServices;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// The rows a batch of casts writes (participations, ballots, accepted forms), as plain statements on the batch's
/// connection and transaction, each command made once per batch and run once per ballot. EF's save tracked every row,
/// built one text of all the batch's statements and had SQLite compile each again, which cost more than the writes.
/// A failed write throws <see cref="DbUpdateException"/> as EF's save did, so the writer's retry stays as it was.
/// </summary>
public sealed class BallotRows : IAsyncDisposable
{
    private static readonly ConditionalWeakTable<IModel, Statements> ByModel = new();

    private readonly Statements _statements;
    private readonly DbCommand _insertParticipation;
    private readonly DbCommand _replaceParticipation;
    private readonly DbCommand _insertBallot;
    private readonly DbCommand _deleteBallot;
    private readonly DbCommand _insertSubmission;

    private BallotRows(BudgetingDbContext db, Statements statements)
    {
        _statements = statements;
        _insertParticipation = statements.InsertParticipation.Command(db);
        _replaceParticipation = statements.ReplaceParticipation.Command(db);
        _insertBallot = statements.InsertBallot.Command(db);
        _deleteBallot = statements.DeleteBallot.Command(db);
        _insertSubmission = statements.InsertSubmission.Command(db);
    }

    /// <summary>Commands for the context's transaction under way.</summary>
    public static BallotRows For(BudgetingDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Ballot rows are written inside the batch's transaction.");
        }
        if (!ByModel.TryGetValue(db.Model, out var statements))
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            statements = ByModel.GetValue(db.Model, model => new Statements(model, sql));
        }
        return new BallotRows(db, statements);
    }

    public Task AddAsync(Participation p) => RunAsync(_statements.InsertParticipation.Bind(_insertParticipation,
        p.VoterKey, p.BoxKey, p.ProcessId, p.Channel, p.SealedReceipt, p.SubmissionKey, p.FirstVotedAtUtc, p.LastVotedAtUtc, p.Changes));

    /// <summary>
    /// Writes a participation that <see cref="Participation.Replace"/> changed from the row read with
    /// <paramref name="changesRead"/>; another node that replaced it meanwhile moved the count, and this write then fails.
    /// </summary>
    public async Task ReplaceAsync(Participation p, int changesRead)
    {
        var rows = await RunAsync(_statements.ReplaceParticipation.Bind(_replaceParticipation,
            p.SealedReceipt, p.SubmissionKey, p.LastVotedAtUtc, p.Changes, p.VoterKey, p.BoxKey, changesRead));
        if (rows != 1)
        {
            throw new DbUpdateConcurrencyException("The participation was replaced meanwhile, on another node.");
        }
    }

    public Task AddAsync(StoredBallot b) => RunAsync(_statements.InsertBallot.Bind(_insertBallot,
        b.Id, b.BoxKey, b.ProcessId, b.DistrictId, b.Content, b.ReceiptHash));

    public Task RemoveBallotAsync(string receiptHash) => RunAsync(_statements.DeleteBallot.Bind(_deleteBallot, receiptHash));

    public Task AddAsync(AcceptedSubmission s) =>
        RunAsync(_statements.InsertSubmission.Bind(_insertSubmission, s.VoterKey, s.BoxKey, s.FormKey));

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _insertParticipation, _replaceParticipation, _insertBallot, _deleteBallot, _insertSubmission })
        {
            await command.DisposeAsync();
        }
    }

    private static async Task<int> RunAsync(DbCommand command)
    {
        try
        {
            return await command.ExecuteNonQueryAsync();
        }
        catch (DbException e)
        {
            throw new DbUpdateException("A ballot row could not be written: " + e.Message, e);
        }
    }

    private sealed class Statements(IModel model, ISqlGenerationHelper sql)
    {
        public TableStatement InsertParticipation { get; } = TableStatement.Insert<Participation>(model, sql,
            nameof(Participation.VoterKey), nameof(Participation.BoxKey), nameof(Participation.ProcessId),
            nameof(Participation.Channel), nameof(Participation.SealedReceipt), nameof(Participation.SubmissionKey),
            nameof(Participation.FirstVotedAtUtc), nameof(Participation.LastVotedAtUtc), nameof(Participation.Changes));

        public TableStatement ReplaceParticipation { get; } = TableStatement.Update<Participation>(model, sql,
            [nameof(Participation.SealedReceipt), nameof(Participation.SubmissionKey), nameof(Participation.LastVotedAtUtc), nameof(Participation.Changes)],
            [nameof(Participation.VoterKey), nameof(Participation.BoxKey), nameof(Participation.Changes)]);

        public TableStatement InsertBallot { get; } = TableStatement.Insert<StoredBallot>(model, sql,
            nameof(StoredBallot.Id), nameof(StoredBallot.BoxKey), nameof(StoredBallot.ProcessId),
            nameof(StoredBallot.DistrictId), nameof(StoredBallot.Content), nameof(StoredBallot.ReceiptHash));

        public TableStatement DeleteBallot { get; } = TableStatement.Delete<StoredBallot>(model, sql, nameof(StoredBallot.ReceiptHash));

        public TableStatement InsertSubmission { get; } = TableStatement.Insert<AcceptedSubmission>(model, sql,
            nameof(AcceptedSubmission.VoterKey), nameof(AcceptedSubmission.BoxKey), nameof(AcceptedSubmission.FormKey));
    }
}
