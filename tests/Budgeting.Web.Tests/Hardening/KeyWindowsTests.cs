using System.Threading.RateLimiting;
using Budgeting.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Budgeting.Web.Tests.Hardening;

/// <summary>The per-key windows behind the ballot and code limits, on a clock the test moves.</summary>
public sealed class KeyWindowsTests
{
    private static readonly WindowLimit TwoPerMinute = new() { PermitLimit = 2, Window = TimeSpan.FromMinutes(1) };

    [Test]
    public void EachKeyHasItsOwnWindowWhichOpensAgainWhenItEnds()
    {
        var clock = new FakeTimeProvider();
        using var windows = new KeyWindows(TwoPerMinute, clock, KeyOf);

        Assert.That(Take(windows, "a"), Is.True);
        Assert.That(Take(windows, "a"), Is.True);
        clock.Advance(TimeSpan.FromSeconds(20));
        using (var refused = windows.AttemptAcquire(Post("a")))
        {
            Assert.That(refused.IsAcquired, Is.False);
            Assert.That(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter), Is.True);
            Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(40)));
        }
        Assert.That(Take(windows, "b"), Is.True, "another key is not limited by the first");
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.That(Take(windows, "a"), Is.True, "the window ended");
    }

    [Test]
    public void RequestsWithoutAKeyAreNeverLimited()
    {
        using var windows = new KeyWindows(TwoPerMinute, new FakeTimeProvider(), KeyOf);
        Assert.That(Enumerable.Range(0, 10).All(_ => Take(windows, null)), Is.True);
    }

    [Test]
    public void AZeroLimitTurnsTheLimitOff()
    {
        using var windows = new KeyWindows(new WindowLimit { PermitLimit = 0, Window = TimeSpan.FromMinutes(1) }, new FakeTimeProvider(), KeyOf);
        Assert.That(Enumerable.Range(0, 10).All(_ => Take(windows, "a")), Is.True);
    }

    [Test]
    public void EndedWindowsAreSweptAndAKeyStartsAfreshAfterASweep()
    {
        var clock = new FakeTimeProvider();
        using var windows = new KeyWindows(TwoPerMinute, clock, KeyOf);
        for (var i = 0; i < 1000; i++)
        {
            Take(windows, "voter-" + i);
        }
        Assert.That(windows.Count, Is.EqualTo(1000));

        clock.Advance(TimeSpan.FromMinutes(2));
        Take(windows, "a");
        Take(windows, "a");

        Assert.That(windows.Count, Is.EqualTo(1), "only the window still open is kept");
        Assert.That(Take(windows, "a"), Is.False, "the sweep kept the live window's count");
    }

    private static string? KeyOf(HttpContext http) => http.Request.Headers["Key"].FirstOrDefault();

    private static HttpContext Post(string? key)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        if (key is not null)
        {
            http.Request.Headers["Key"] = key;
        }
        return http;
    }

    private static bool Take(KeyWindows windows, string? key)
    {
        using var lease = windows.AttemptAcquire(Post(key));
        return lease.IsAcquired;
    }
}
