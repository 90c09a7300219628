using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Budgeting.Web.Infrastructure.Security;

/// <summary>
/// A fixed window of posts per key, for keys that come by the thousand and are seen a few times each: the voters and
/// voting codes of a vote day. The framework's partitioned limiter keeps one limiter per key and walks them all ten
/// times a second, which a rush of 40,000 voters turned into a steady share of the server's time. Here a key is a counter, and the
/// counters whose window ended are swept once per window.
/// </summary>
public sealed class KeyWindows(WindowLimit limit, TimeProvider clock, Func<HttpContext, string?> keyOf)
    : PartitionedRateLimiter<HttpContext>
{
    private static readonly RateLimitLease Free = new Lease(true, null);

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _nextSweep = clock.GetTimestamp();

    /// <summary>How many keys have a window: those seen since the last sweep.</summary>
    public int Count => _windows.Count;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (limit.IsOff || keyOf(resource) is not { } key)
        {
            return Free;
        }
        var now = clock.GetTimestamp();
        Sweep(now);
        while (true)
        {
            var window = _windows.GetOrAdd(key, static (_, start) => new Window(start), now);
            lock (window)
            {
                if (window.Swept)
                {
                    continue;
                }
                if (clock.GetElapsedTime(window.Start, now) >= limit.Window)
                {
                    (window.Start, window.Count) = (now, 0);
                }
                if (window.Count + permitCount <= limit.PermitLimit)
                {
                    window.Count += permitCount;
                    return Free;
                }
                return new Lease(false, limit.Window - clock.GetElapsedTime(window.Start, now));
            }
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken ct) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    private void Sweep(long now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + (long)(limit.Window.TotalSeconds * clock.TimestampFrequency), due) != due)
        {
            return;
        }
        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (clock.GetElapsedTime(window.Start, now) >= limit.Window)
                {
                    window.Swept = true;
                    _windows.TryRemove(new KeyValuePair<string, Window>(key, window));
                }
            }
        }
    }

    private sealed class Window(long start)
    {
        public long Start { get; set; } = start;

        public int Count { get; set; }

        /// <summary>Taken out of the table: a post that found it just before must look again.</summary>
        public bool Swept { get; set; }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
