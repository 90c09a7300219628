using System.Collections.Concurrent;
using Budgeting.Web.Data;

namespace Budgeting.Web.Pages.Vote;

/// <summary>
/// The ballot boxes the vote pages show, kept for a moment: every ballot page, cast and receipt needs its box, and
/// reading it afresh each time is most of a vote-day rush's database reads. A change saved on this node drops the
/// cache at once (<see cref="BallotBoxChanges"/>); one saved on another node is seen within <see cref="Lifetime"/>.
/// A box cannot change in ways that matter while voting is open (rules and projects freeze), and the close is
/// checked afresh when the ballot is written, so a moment's staleness never lets a late ballot in.
/// </summary>
public sealed class BallotBoxCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(int ProcessId, string Box), Entry> _entries = new();
    private long _generation;

    public async Task<LoadedBox?> GetAsync(BudgetingDbContext db, int processId, string box, CancellationToken ct)
    {
        var generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue((processId, box), out var entry) && entry.Generation == generation
            && clock.GetElapsedTime(entry.LoadedAt) < Lifetime)
        {
            return entry.Box;
        }
        var loadedAt = clock.GetTimestamp();
        var loaded = await LoadedBox.LoadAsync(db, processId, box, ct);
        if (loaded is not null)
        {
            _entries[(processId, box)] = new Entry(loaded, loadedAt, generation);
        }
        return loaded;
    }

    /// <summary>Forgets every box, and any load under way when this is called.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(LoadedBox Box, long LoadedAt, long Generation);
}
