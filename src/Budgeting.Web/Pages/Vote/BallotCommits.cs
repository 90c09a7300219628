using System.Threading.Channels;
using Budgeting.Core.Voting;
using Budgeting.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Budgeting.Web.Pages.Vote;

/// <summary>A ballot to store for a voter in a box, from the form with this key.</summary>
public sealed record CastRequest(CanonicalBallot Ballot, string VoterKey, VotingChannel Channel, string FormKey);

/// <summary>The stored ballot's receipt, or the reason it was not stored (a <see cref="BallotErrors"/> code).</summary>
public sealed record CastOutcome(string? Receipt, string? Refusal)
{
    public static CastOutcome Stored(string receipt) => new(receipt, null);

    public static CastOutcome Refused(string error) => new(null, error);
}

/// <summary>
/// The one ballot writer of this node. Casts wait in a queue and are committed many to a transaction (group commit),
/// each answered only after its transaction is committed, so an acknowledged ballot is on disk. SQLite has one writer
/// at a time anyway: one commit for a whole queue of ballots is what lets a vote-day rush fit on one machine, where
/// concurrent transactions spend their time waiting on the database lock. Several nodes on PostgreSQL each have their
/// own writer; the unique index on (voter, box) settles races between them, and a ballot that loses one is retried
/// alone, when it sees the other node's row.
/// </summary>
public sealed class BallotCommits(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BallotCommits> log) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<PendingCast> _queue =
        Channel.CreateUnbounded<PendingCast>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues the cast and completes once it is committed (or refused). A cancelled wait does not unqueue it.</summary>
    public Task<CastOutcome> CastAsync(CastRequest request, CancellationToken ct)
    {
        var pending = new PendingCast(request);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The ballot writer has stopped: the app is shutting down.");
        }
        return pending.Completion.Task.WaitAsync(ct);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    // Runs until the queue is completed and drained, not until the stopping token: a queued ballot is always written.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingCast>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingCast> batch, bool retried = false)
    {
        var outcomes = new CastOutcome?[batch.Count];
        var retry = new List<PendingCast>();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<BallotStore>();
            await using var transaction = await writer.Db.Database.BeginTransactionAsync();
            var open = await writer.ProcessesVotingAsync(batch.Select(p => p.Request.Ballot.Box.ProcessId), clock);
            for (var i = 0; i < batch.Count; i++)
            {
                var request = batch[i].Request;
                try
                {
                    outcomes[i] = open.Contains(request.Ballot.Box.ProcessId)
                        ? await writer.WriteAsync(request, clock.GetUtcNow().UtcDateTime)
                        : CastOutcome.Refused(BallotErrors.VotingClosed);
                }
                catch (DbUpdateException) when (batch.Count > 1)
                {
                    // EF rolled this save back to its savepoint; the others stand. Retried alone after the commit.
                    retry.Add(batch[i]);
                }
                finally
                {
                    writer.Db.ChangeTracker.Clear();
                }
            }
            await transaction.CommitAsync();
        }
        catch (Exception e) when (batch.Count > 1)
        {
            log.LogWarning(e, "A batch of {Count} ballots failed; writing them one by one", batch.Count);
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
            return;
        }
        catch (DbUpdateException) when (!retried)
        {
            // Another node stored this voter's participation first; alone and again, the ballot now sees it.
            await CommitAsync(batch, retried: true);
            return;
        }
        catch (Exception e)
        {
            log.LogError(e, "A ballot could not be written");
            batch[0].Completion.TrySetException(e);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is { } outcome)
            {
                batch[i].Completion.TrySetResult(outcome);
            }
        }
        foreach (var pending in retry)
        {
            await CommitAsync([pending], retried: true);
        }
    }

    private sealed class PendingCast(CastRequest request)
    {
        public CastRequest Request { get; } = request;

        public TaskCompletionSource<CastOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
