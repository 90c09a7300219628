using System.Collections.Concurrent;
using System.Diagnostics;

namespace Budgeting.Cli.Load;

/// <summary>What the timed voting window measured.</summary>
/// <param name="Seconds">From the first voter's start to the last voter's end.</param>
/// <param name="LatenciesMs">Per accepted ballot (GET ballot, POST cast, GET counted), sorted.</param>
/// <param name="Receipts">The receipt each accepted voter was shown, the acknowledgement the app gave.</param>
/// <param name="Unacknowledged">Voters whose cast was sent but who never saw a receipt: their ballot may or may not count.</param>
/// <param name="StepsMs">Per step of an accepted ballot (get_ballot, post_cast, get_receipt), the sorted durations.</param>
public sealed record VotingOutcome(
    double Seconds,
    IReadOnlyList<double> LatenciesMs,
    IReadOnlyList<string> Receipts,
    int Replays,
    int Duplicates,
    int Errors,
    int Unacknowledged,
    IReadOnlyList<string> ErrorSamples,
    double ClientCpuSeconds,
    double? ServerCpuSeconds,
    IReadOnlyDictionary<string, IReadOnlyList<double>> StepsMs);

/// <summary>
/// The voters of a load test. <see cref="WarmUpAsync"/> redeems every code as a resident does (the QR link, then
/// "Continuar"), untimed; <see cref="VoteAsync"/> then lets <see cref="LoadOptions.Concurrency"/> voters at a time
/// open the ballot, cast it and read the receipt, timed, with the configured shares of replays and of concurrent
/// duplicate casts.
/// </summary>
public sealed class VotingLoad : IDisposable
{
    private const int MaxSamples = 10;

    private readonly LoadOptions _options;
    private readonly TextWriter _progress;
    private readonly WebClient _web;
    private readonly List<Voter> _voters = [];
    private readonly Dictionary<int, IReadOnlyList<int>> _projects = [];
    private readonly ConcurrentQueue<string> _samples = new();
    private int _errors;
    private int _accepted;

    public VotingLoad(LoadOptions options, TextWriter progress)
    {
        _options = options;
        _progress = progress;
        // A concurrent duplicate holds two connections for a moment.
        _web = new WebClient(options.Url, options.Concurrency * 2);
    }

    /// <summary>Voters redeemed and ready to vote.</summary>
    public int Voters => _voters.Count;

    /// <summary>Ballots acknowledged with a receipt so far (readable while <see cref="VoteAsync"/> runs).</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>The ballot page and its stylesheets as sent with Brotli or gzip, measured during the warm-up.</summary>
    public long BallotPageBytes { get; private set; }

    /// <summary>Redeems the process's codes (untimed), learns each ballot's projects and measures the ballot page.</summary>
    public async Task WarmUpAsync(LoadProcess process, CancellationToken ct)
    {
        var codes = process.Districts
            .SelectMany(d => d.Codes.Select((c, i) => (Order: i, Voter: new Voter(c.Code, c.LinkPath, d.Id))))
            .OrderBy(x => x.Order)
            .Select(x => x.Voter)
            .ToList();
        var redeemed = new Voter?[codes.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        using var report = Report(() => $"{redeemed.Count(v => v is not null):N0} of {codes.Count:N0} codes redeemed");
        await Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while (!ct.IsCancellationRequested && clock.Elapsed < _options.WarmUpLimit && (i = Interlocked.Increment(ref next)) < codes.Count)
            {
                redeemed[i] = await RedeemAsync(codes[i], ct) ? codes[i] : null;
            }
        }, ct)));
        _voters.AddRange(redeemed.OfType<Voter>());
        if (_voters.Count == 0)
        {
            throw new LoadTestException("no code could be redeemed: " + string.Join(" | ", _samples));
        }
        foreach (var first in _voters.GroupBy(v => v.District).Select(g => g.First()))
        {
            var ballot = await _web.GetAsync(first.BallotPath!, first.Cookies, ct);
            var projects = ballot.Status == 200 ? Html.MarkableProjects(ballot.Body) : [];
            _projects[first.District] = projects.Count >= 2
                ? projects.Order().ToList()
                : throw new LoadTestException($"the ballot {first.BallotPath} answered {ballot.Status} with {projects.Count} projects");
        }
        BallotPageBytes = await MeasureBallotPageAsync(_voters[0], ct);
    }

    /// <summary>
    /// Votes until every voter has voted, <see cref="LoadOptions.Duration"/> has passed (voters already started
    /// finish) or <paramref name="ct"/> is cancelled.
    /// </summary>
    public async Task<VotingOutcome> VoteAsync(CancellationToken ct)
    {
        var latencies = new double[_voters.Count];
        var steps = new Steps(_voters.Count);
        var receipts = new string?[_voters.Count];
        var counts = new Counts();
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var serverCpu = ServerCpuSeconds();
        var clock = Stopwatch.StartNew();
        using (Report(() => $"{Accepted:N0} ballots accepted, {Accepted / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s, {Volatile.Read(ref _errors):N0} errors"))
        {
            await Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while (!ct.IsCancellationRequested && clock.Elapsed < _options.Duration && (i = Interlocked.Increment(ref next)) < _voters.Count)
                {
                    await VoteOneAsync(_voters[i], i, latencies, steps, receipts, counts, ct);
                }
            }, CancellationToken.None)));
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var serverUsed = ServerCpuSeconds() - serverCpu;
        var accepted = Enumerable.Range(0, receipts.Length).Where(i => receipts[i] is not null).ToList();
        return new VotingOutcome(
            seconds,
            accepted.Select(i => latencies[i]).Order().ToList(),
            accepted.Select(i => receipts[i]!).ToList(),
            counts.Replays,
            counts.Duplicates,
            Volatile.Read(ref _errors),
            counts.Unacknowledged,
            _samples.ToList(),
            cpuUsed,
            serverUsed,
            new Dictionary<string, IReadOnlyList<double>>
            {
                ["get_ballot"] = accepted.Select(i => steps.Ballot[i]).Order().ToList(),
                ["post_cast"] = accepted.Select(i => steps.Cast[i]).Order().ToList(),
                ["get_receipt"] = accepted.Select(i => steps.Receipt[i]).Order().ToList(),
            });
    }

    public void Dispose() => _web.Dispose();

    private async Task<bool> RedeemAsync(Voter voter, CancellationToken ct)
    {
        try
        {
            var link = await _web.GetAsync(voter.LinkPath, voter.Cookies, ct);
            if (link.Status != 200 || Html.Token(link.Body) is not { } token)
            {
                return Fail($"GET {voter.LinkPath} answered {link.Status}");
            }
            var answer = await _web.PostAsync("/code", voter.Cookies, [new("Code", voter.Code), new("__RequestVerificationToken", token)], ct);
            if (!answer.IsRedirect || answer.Location?.StartsWith("/vote/", StringComparison.Ordinal) != true)
            {
                return Fail($"redeeming a code answered {answer.Status} {answer.Location} {(answer.Status == 200 ? Html.Errors(answer.Body) : "")}");
            }
            voter.BallotPath = answer.Location;
            return true;
        }
        catch (Exception e) when (IsTransport(e))
        {
            return Fail("redeeming a code: " + e.Message);
        }
    }

    private async Task VoteOneAsync(Voter voter, int index, double[] latencies, Steps steps, string?[] receipts, Counts counts, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var castSent = false;
        try
        {
            var ballot = await _web.GetAsync(voter.BallotPath!, voter.Cookies, ct);
            if (ballot.Status != 200 || Html.Token(ballot.Body) is not { } token || Html.FormKey(ballot.Body) is not { } formKey)
            {
                Fail($"GET {voter.BallotPath} answered {ballot.Status} without a ballot form");
                return;
            }
            var castStart = Stopwatch.GetTimestamp();
            var castPath = voter.BallotPath + "?handler=Cast";
            var fields = CastFields(token, formKey, voter.District, index);
            castSent = true;
            WebPage cast;
            if (Chosen(index, _options.DuplicatePercent, 17))
            {
                var both = await Task.WhenAll(_web.PostAsync(castPath, voter.Cookies, fields, ct), _web.PostAsync(castPath, voter.Cookies, fields, ct));
                if (both[0].Location != both[1].Location || !both[1].IsRedirect)
                {
                    Fail($"two identical casts answered {both[0].Status} {both[0].Location} and {both[1].Status} {both[1].Location}");
                    counts.Unacknowledge();
                    return;
                }
                cast = both[0];
                counts.Duplicate();
            }
            else
            {
                cast = await _web.PostAsync(castPath, voter.Cookies, fields, ct);
            }
            var receiptStart = Stopwatch.GetTimestamp();
            var receipt = await ReceiptAsync(cast, ct, voter);
            if (receipt is null)
            {
                counts.Unacknowledge();
                return;
            }
            castSent = false;
            var end = Stopwatch.GetTimestamp();
            latencies[index] = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
            steps.Ballot[index] = Stopwatch.GetElapsedTime(start, castStart).TotalMilliseconds;
            steps.Cast[index] = Stopwatch.GetElapsedTime(castStart, receiptStart).TotalMilliseconds;
            steps.Receipt[index] = Stopwatch.GetElapsedTime(receiptStart, end).TotalMilliseconds;
            receipts[index] = receipt;
            Interlocked.Increment(ref _accepted);
            if (Chosen(index, _options.ReplayPercent, 53))
            {
                var again = await ReceiptAsync(await _web.PostAsync(castPath, voter.Cookies, fields, ct), ct, voter);
                if (again == receipt)
                {
                    counts.Replay();
                }
                else if (again is not null)
                {
                    Fail($"a replayed cast answered receipt {again}, not {receipt}");
                    receipts[index] = again;
                }
            }
        }
        catch (Exception e) when (IsTransport(e))
        {
            Fail("voting: " + e.Message);
            if (castSent)
            {
                counts.Unacknowledge();
            }
        }
    }

    /// <summary>Follows the cast's redirect to the counted page and reads the receipt; null (an error) otherwise.</summary>
    private async Task<string?> ReceiptAsync(WebPage cast, CancellationToken ct, Voter voter)
    {
        if (!cast.IsRedirect || cast.Location?.EndsWith("/counted", StringComparison.Ordinal) != true)
        {
            Fail($"cast answered {cast.Status} {cast.Location} {(cast.Status == 200 ? Html.Errors(cast.Body) : "")}");
            return null;
        }
        var counted = await _web.GetAsync(cast.Location, voter.Cookies, ct);
        if (counted.Status != 200 || Html.Receipt(counted.Body) is not { } receipt)
        {
            Fail($"GET {cast.Location} answered {counted.Status} without a receipt");
            return null;
        }
        return receipt;
    }

    private KeyValuePair<string, string>[] CastFields(string token, string formKey, int district, int index)
    {
        // Approval of one or two projects, varied by voter so the boxes get different ballots.
        var projects = _projects[district];
        var first = index % projects.Count;
        var fields = new List<KeyValuePair<string, string>>(4)
        {
            new("__RequestVerificationToken", token),
            new("Form.FormKey", formKey),
            new("Form.Marked", projects[first].ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (index % 2 == 1)
        {
            fields.Add(new("Form.Marked", projects[(first + 1) % projects.Count].ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return [.. fields];
    }

    private async Task<long> MeasureBallotPageAsync(Voter voter, CancellationToken ct)
    {
        using var wire = new WebClient(_options.Url, 1, decompress: false);
        var (page, encoding) = await wire.WireSizeAsync(voter.BallotPath!, voter.Cookies, "br, gzip", ct);
        var html = await _web.GetAsync(voter.BallotPath!, voter.Cookies, ct);
        var sheets = Html.Stylesheets(html.Body);
        long css = 0;
        foreach (var sheet in sheets)
        {
            var (bytes, sheetEncoding) = await wire.WireSizeAsync(sheet, voter.Cookies, "br, gzip", ct);
            css += bytes;
            encoding += "/" + sheetEncoding;
        }
        _progress.WriteLine($"loadtest: ballot page {page:N0} B + {sheets.Count} stylesheet(s) {css:N0} B over the wire ({encoding ?? "identity"})");
        return page + css;
    }

    /// <summary>Whether voter <paramref name="index"/> is among the <paramref name="percent"/> % chosen, spread over the run.</summary>
    internal static bool Chosen(int index, int percent, int stride) => (int)((long)index * stride % 100) < percent;

    private bool Fail(string message)
    {
        if (Interlocked.Increment(ref _errors) <= MaxSamples)
        {
            _samples.Enqueue(message.Trim());
        }
        return false;
    }

    /// <summary>A failure of the exchange (refused, reset, timed out or cancelled), counted as an error rather than thrown.</summary>
    private static bool IsTransport(Exception e) => e is HttpRequestException or IOException or OperationCanceledException;

    private double? ServerCpuSeconds() => _options.ServerPid is { } pid ? ProcessCpu.Seconds(pid) : null;

    private IDisposable Report(Func<string> status)
    {
        var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    _progress.WriteLine("loadtest: " + status());
                }
            }
            catch (OperationCanceledException)
            {
                // The phase ended.
            }
        });
        return new Stopper(stop);
    }

    private sealed class Stopper(CancellationTokenSource stop) : IDisposable
    {
        // Cancelled, not disposed: the reporting loop may still read the token once.
        public void Dispose() => stop.Cancel();
    }

    private sealed class Voter(string code, string linkPath, int district)
    {
        public string Code => code;

        public string LinkPath => linkPath;

        public int District => district;

        public CookieJar Cookies { get; } = new();

        public string? BallotPath { get; set; }
    }

    private sealed class Steps(int voters)
    {
        public double[] Ballot { get; } = new double[voters];

        public double[] Cast { get; } = new double[voters];

        public double[] Receipt { get; } = new double[voters];
    }

    private sealed class Counts
    {
        private int _replays;
        private int _duplicates;
        private int _unacknowledged;

        public int Replays => Volatile.Read(ref _replays);

        public int Duplicates => Volatile.Read(ref _duplicates);

        public int Unacknowledged => Volatile.Read(ref _unacknowledged);

        public void Replay() => Interlocked.Increment(ref _replays);

        public void Duplicate() => Interlocked.Increment(ref _duplicates);

        public void Unacknowledge() => Interlocked.Increment(ref _unacknowledged);
    }
}
