using System.Collections.Concurrent;

namespace Budgeting.Web.Eligibility;

/// <summary>
/// Counts failed attempts (wrong voting codes, census identifiers not found) per key, such as an address or a code
/// prefix, over a sliding window. Only failures count, so a polling station redeeming many good codes from one address
/// is never slowed down. Kept in memory: each web node limits on its own.
/// </summary>
public sealed class AttemptLimiter(TimeProvider clock)
{
    public static readonly AttemptPolicy PerAddress = new("ip", 20, TimeSpan.FromMinutes(10));
    public static readonly AttemptPolicy PerCodePrefix = new("prefix", 5, TimeSpan.FromMinutes(10));
    public static readonly AttemptPolicy PerAccount = new("account", 10, TimeSpan.FromHours(1));

    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<string, Queue<DateTime>> _failures = new(StringComparer.Ordinal);

    public bool IsBlocked(AttemptPolicy policy, string key)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!_failures.TryGetValue(policy.Name + ":" + key, out var times))
        {
            return false;
        }
        lock (times)
        {
            Expire(times, policy.Window);
            return times.Count >= policy.Limit;
        }
    }

    public void RecordFailure(AttemptPolicy policy, string key)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (_failures.Count > PruneAbove)
        {
            Prune();
        }
        var times = _failures.GetOrAdd(policy.Name + ":" + key, _ => new Queue<DateTime>());
        lock (times)
        {
            Expire(times, policy.Window);
            times.Enqueue(clock.GetUtcNow().UtcDateTime);
        }
    }

    private void Expire(Queue<DateTime> times, TimeSpan window)
    {
        var since = clock.GetUtcNow().UtcDateTime - window;
        while (times.Count > 0 && times.Peek() <= since)
        {
            times.Dequeue();
        }
    }

    private void Prune()
    {
        var since = clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(1);
        foreach (var (key, times) in _failures)
        {
            lock (times)
            {
                if (times.Count == 0 || times.Last() <= since)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }
}

/// <summary>At most <see cref="Limit"/> failures per key within <see cref="Window"/>.</summary>
public sealed record AttemptPolicy(string Name, int Limit, TimeSpan Window);
