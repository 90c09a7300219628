using System.Data.Common;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// The rows a batch of casts writes (participations, ballots, accepted forms), queued and then written by
/// <see cref="SaveAsync"/> with plain statements in the batch's transaction: in one round trip where the provider
/// batches commands (PostgreSQL), and on SQLite, where a statement is a call and not a round trip, one after another
/// with each statement compiled once per batch. EF's save tracked every row and had SQLite compile every statement of
/// every batch again, which cost more than the writes. A failed write throws <see cref="DbUpdateException"/> as EF's
/// save did, so the writer's retry stays as it was.
/// </summary>
public sealed class BallotRows
{
    private static readonly PerModel<Statements> ByModel = new((model, sql) => new Statements(model, sql));

    private readonly BudgetingDbContext _db;
    private readonly Statements _statements;
    private readonly List<Write> _queue = [];

    private BallotRows(BudgetingDbContext db, Statements statements)
    {
        _db = db;
        _statements = statements;
    }

    /// <summary>Rows for the context's transaction under way.</summary>
    public static BallotRows For(BudgetingDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Ballot rows are written inside the batch's transaction.");
        }
        return new BallotRows(db, ByModel.For(db));
    }

    public void Add(Participation p) => Queue(_statements.InsertParticipation, false,
        p.VoterKey, p.BoxKey, p.ProcessId, p.Channel, p.SealedReceipt, p.SubmissionKey, p.FirstVotedAtUtc, p.LastVotedAtUtc, p.Changes);

    /// <summary>
    /// A participation that <see cref="Participation.Replace"/> changed from the row read with
    /// <paramref name="changesRead"/>; if another node replaced it meanwhile, the count moved and the save fails.
    /// </summary>
    public void Replace(Participation p, int changesRead) => Queue(_statements.ReplaceParticipation, true,
        p.SealedReceipt, p.SubmissionKey, p.LastVotedAtUtc, p.Changes, p.VoterKey, p.BoxKey, changesRead);

    public void Add(StoredBallot b) => Queue(_statements.InsertBallot, false,
        b.Id, b.BoxKey, b.ProcessId, b.DistrictId, b.Content, b.ReceiptHash);

    public void RemoveBallot(string receiptHash) => Queue(_statements.DeleteBallot, false, receiptHash);

    public void Add(AcceptedSubmission s) => Queue(_statements.InsertSubmission, false, s.VoterKey, s.BoxKey, s.FormKey);

    /// <summary>Writes the queued rows in order and empties the queue.</summary>
    public async Task SaveAsync()
    {
        if (_queue.Count == 0)
        {
            return;
        }
        int[] affected;
        try
        {
            affected = _db.Database.GetDbConnection().CanCreateBatch ? await RunBatchAsync() : await RunEachAsync();
        }
        catch (DbException e)
        {
            throw new DbUpdateException("The ballot rows could not be written: " + e.Message, e);
        }
        var moved = _queue.Where((write, i) => write.OneRow && affected[i] != 1).Any();
        _queue.Clear();
        if (moved)
        {
            throw new DbUpdateConcurrencyException("A participation was replaced meanwhile, on another node.");
        }
    }

    private void Queue(TableStatement statement, bool oneRow, params object?[] values) => _queue.Add(new Write(statement, values, oneRow));

    private async Task<int[]> RunBatchAsync()
    {
        var connection = _db.Database.GetDbConnection();
        await using var factory = connection.CreateCommand();
        await using var batch = connection.CreateBatch();
        batch.Transaction = _db.Database.CurrentTransaction!.GetDbTransaction();
        foreach (var write in _queue)
        {
            var command = batch.CreateBatchCommand();
            write.Statement.Bind(command, factory, write.Values);
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync();
        return batch.BatchCommands.Select(c => c.RecordsAffected).ToArray();
    }

    private async Task<int[]> RunEachAsync()
    {
        var commands = new Dictionary<TableStatement, DbCommand>();
        try
        {
            var affected = new int[_queue.Count];
            for (var i = 0; i < _queue.Count; i++)
            {
                var write = _queue[i];
                if (!commands.TryGetValue(write.Statement, out var command))
                {
                    commands[write.Statement] = command = write.Statement.Command(_db);
                }
                affected[i] = await write.Statement.Bind(command, write.Values).ExecuteNonQueryAsync();
            }
            return affected;
        }
        finally
        {
            foreach (var command in commands.Values)
            {
                await command.DisposeAsync();
            }
        }
    }

    private sealed record Write(TableStatement Statement, object?[] Values, bool OneRow);

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
