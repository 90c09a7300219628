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
        CastOutcome[] outcomes;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<BallotStore>();
            await using var transaction = await store.Db.Database.BeginTransactionAsync();
            var requests = batch.Select(p => p.Request).ToList();
            var voting = await store.ProcessesVotingAsync(requests.Select(r => r.Ballot.Box.ProcessId), clock);
            outcomes = await store.WriteAllAsync(requests, voting, clock.GetUtcNow().UtcDateTime);
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
            batch[i].Completion.TrySetResult(outcomes[i]);
        }
    }

    private sealed class PendingCast(CastRequest request)
    {
        public CastRequest Request { get; } = request;

        public TaskCompletionSource<CastOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
