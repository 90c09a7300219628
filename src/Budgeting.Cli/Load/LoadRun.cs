using System.Diagnostics;

namespace Budgeting.Cli.Load;

/// <summary>
/// One whole load test against a running app: the organizer makes a throwaway process with voting codes, the voters
/// redeem their codes (untimed), vote (timed), and the counts are checked against the organizer's turnout page and,
/// after closing voting, against the published receipt list.
/// </summary>
public sealed class LoadRun(LoadOptions options, TextWriter progress)
{
    public async Task<LoadResult> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        progress.WriteLine($"loadtest: signing in to {options.Url} as {options.Email}");
        using var organizer = await LoadOrganizer.SignInAsync(options.Url, options.Email, options.Password, ct);
        var process = await organizer.CreateProcessAsync(options.Ballots, progress, ct);
        var setup = clock.Elapsed.TotalSeconds;
        progress.WriteLine($"loadtest: process {process.Id} voting with {options.Ballots:N0} codes; redeeming them");

        using var load = new VotingLoad(options, progress);
        clock.Restart();
        await load.WarmUpAsync(process, ct);
        var warmUp = clock.Elapsed.TotalSeconds;
        if (load.Voters < options.Ballots)
        {
            progress.WriteLine($"loadtest: only {load.Voters:N0} codes redeemed within {options.WarmUpLimit.TotalSeconds:0} s; the vote may run out of voters");
        }
        progress.WriteLine($"loadtest: {load.Voters:N0} voters ready; voting for at most {options.Duration.TotalSeconds:0} s, {options.Concurrency} at a time");
        var outcome = await load.VoteAsync(ct);

        progress.WriteLine($"loadtest: {outcome.Receipts.Count:N0} ballots accepted in {outcome.Seconds:0.0} s; checking the counts");
        clock.Restart();
        var turnout = await organizer.TurnoutAsync(process.Id, ct);
        await organizer.CloseVotingAsync(process.Id, ct);
        var check = ReceiptCheck.Compare(outcome.Receipts, await organizer.ReceiptHashesAsync(process.Id, ct));
        var accepted = outcome.Receipts.Count;
        // Casts that were sent but never acknowledged may count or not; only ballots beyond those are duplicates.
        var beyond = Math.Max(Math.Max(turnout, check.Published) - accepted - outcome.Unacknowledged, 0);
        return new LoadResult
        {
            BallotsPerSecond = Math.Round(accepted / Math.Max(outcome.Seconds, 1e-9), 1),
            P50Ms = Math.Round(Percentiles.Of(outcome.LatenciesMs, 50), 2),
            P95Ms = Math.Round(Percentiles.Of(outcome.LatenciesMs, 95), 2),
            P99Ms = Math.Round(Percentiles.Of(outcome.LatenciesMs, 99), 2),
            Accepted = accepted,
            Replays = outcome.Replays,
            Duplicates = outcome.Duplicates,
            Lost = (int)Math.Max(check.Missing.Count, accepted - turnout),
            Duplicated = (int)Math.Max(check.Repeated, beyond),
            Errors = outcome.Errors,
            Unacknowledged = outcome.Unacknowledged,
            BallotPageBytes = load.BallotPageBytes,
            Seconds = Math.Round(outcome.Seconds, 3),
            Concurrency = options.Concurrency,
            Ballots = options.Ballots,
            Voters = load.Voters,
            Url = options.Url.ToString(),
            ProcessId = process.Id,
            Turnout = turnout,
            ReceiptsPublished = check.Published,
            SetupSeconds = Math.Round(setup, 3),
            WarmupSeconds = Math.Round(warmUp, 3),
            VerifySeconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
            ClientCpuSeconds = Math.Round(outcome.ClientCpuSeconds, 2),
            ServerCpuSeconds = outcome.ServerCpuSeconds is { } s ? Math.Round(s, 2) : null,
            StepsMs = outcome.StepsMs.ToDictionary(
                s => s.Key, s => new[] { Math.Round(Percentiles.Of(s.Value, 50), 2), Math.Round(Percentiles.Of(s.Value, 95), 2) }),
            ErrorSamples = outcome.ErrorSamples,
            Receipts = outcome.Receipts,
        };
    }
}
