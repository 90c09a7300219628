using System.Globalization;
using Budgeting.Cli.Load;

namespace Budgeting.Cli.Commands;

/// <summary>
/// <c>loadtest</c>: casts ballots through the app's real forms at a running app and checks that every acknowledged
/// ballot is counted exactly once (see <see cref="LoadRun"/>). Exit code 0 when nothing was lost or duplicated and
/// nothing failed, 1 otherwise, 3 when the app could not be set up for the test.
/// </summary>
internal static class LoadCommand
{
    public static int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        var load = Parse(options);
        LoadResult result;
        try
        {
            result = new LoadRun(load, stderr).RunAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (LoadTestException e)
        {
            throw new InputException($"loadtest against {load.Url}: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            throw new InputException($"loadtest: cannot talk to {load.Url}: {e.Message}");
        }
        if (options.Has("--json"))
        {
            stdout.WriteLine(result.ToJson());
        }
        else
        {
            WriteTable(result, stdout);
        }
        return result.Passed ? Cli.Ok : Cli.NotVerified;
    }

    public static LoadOptions Parse(Options options)
    {
        options.AllowOnly("--url", "--ballots", "--concurrency", "--seconds", "--json", "--email", "--password", "--replays",
            "--duplicates", "--server-pid", "--warmup-seconds");
        if (options.Positional.Count > 0)
        {
            throw new UsageException($"loadtest takes no argument '{options.Positional[0]}'; the app's address is --url URL");
        }
        var defaults = new LoadOptions();
        var url = options.Get("--url") is { } text
            ? Uri.TryCreate(text, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                ? u
                : throw new UsageException($"--url needs an http:// or https:// address, not '{text}'")
            : defaults.Url;
        var pid = options.Get("--server-pid") is null ? (int?)null : (int)Between(options, "--server-pid", 0, 1, int.MaxValue);
        return defaults with
        {
            Url = url,
            Ballots = (int)Between(options, "--ballots", defaults.Ballots, 1, 1_000_000),
            Concurrency = (int)Between(options, "--concurrency", defaults.Concurrency, 1, 4096),
            Duration = TimeSpan.FromSeconds(Between(options, "--seconds", (long)defaults.Duration.TotalSeconds, 1, 86_400)),
            Email = options.Get("--email") ?? defaults.Email,
            Password = options.Get("--password") ?? defaults.Password,
            ReplayPercent = (int)Between(options, "--replays", defaults.ReplayPercent, 0, 100),
            DuplicatePercent = (int)Between(options, "--duplicates", defaults.DuplicatePercent, 0, 100),
            ServerPid = pid,
            WarmUp = options.Get("--warmup-seconds") is null ? null : TimeSpan.FromSeconds(Between(options, "--warmup-seconds", 0, 1, 86_400)),
        };
    }

    private static long Between(Options options, string name, long fallback, long min, long max)
    {
        var value = options.GetLong(name, fallback);
        return value >= min && value <= max
            ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"option {name} must be between {min:N0} and {max:N0}"));
    }

    private static void WriteTable(LoadResult r, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"loadtest against {r.Url} (process {r.ProcessId})"));
        stdout.WriteLine(string.Create(c, $"  ballots/s            {r.BallotsPerSecond,12:N1}   ({r.Accepted:N0} in {r.Seconds:0.0} s, {r.Concurrency} at a time)"));
        stdout.WriteLine(string.Create(c, $"  latency p50/p95/p99  {r.P50Ms:0.0} / {r.P95Ms:0.0} / {r.P99Ms:0.0} ms (GET ballot + POST cast + GET receipt)"));
        foreach (var (step, (p50, p95)) in r.StepsMs.Select(s => (s.Key, (s.Value[0], s.Value[1]))))
        {
            stdout.WriteLine(string.Create(c, $"    {step,-18} {p50:0.0} / {p95:0.0} ms (p50 / p95)"));
        }
        stdout.WriteLine(string.Create(c, $"  accepted             {r.Accepted,12:N0}   of {r.Voters:N0} voters ready ({r.Ballots:N0} codes)"));
        stdout.WriteLine(string.Create(c, $"  replays, duplicates  {r.Replays,12:N0}   same receipt; {r.Duplicates:N0} concurrent double casts"));
        stdout.WriteLine(string.Create(c, $"  lost                 {r.Lost,12:N0}"));
        stdout.WriteLine(string.Create(c, $"  duplicated           {r.Duplicated,12:N0}"));
        stdout.WriteLine(string.Create(c, $"  errors               {r.Errors,12:N0}   ({r.Unacknowledged:N0} casts unacknowledged)"));
        stdout.WriteLine(string.Create(c, $"  turnout, receipts    {r.Turnout,12:N0}   turnout page; {r.ReceiptsPublished:N0} receipts published"));
        stdout.WriteLine(string.Create(c, $"  ballot page + CSS    {r.BallotPageBytes,12:N0} B compressed"));
        stdout.WriteLine(string.Create(c,
            $"  time                 setup {r.SetupSeconds:0.0} s, code redemption {r.WarmupSeconds:0.0} s, checks {r.VerifySeconds:0.0} s"));
        stdout.WriteLine(string.Create(c,
            $"  CPU in the window    load tool {r.ClientCpuSeconds:0.0} s{(r.ServerCpuSeconds is { } s ? $", app {s:0.0} s" : "")}"));
        foreach (var sample in r.ErrorSamples)
        {
            stdout.WriteLine("  error: " + sample);
        }
    }
}
