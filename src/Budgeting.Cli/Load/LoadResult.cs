using System.Text.Json;
using System.Text.Json.Serialization;

namespace Budgeting.Cli.Load;

/// <summary>The figures of one load test, printed as one JSON object with snake_case names.</summary>
public sealed record LoadResult
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Accepted ballots per second of the timed window.</summary>
    public double BallotsPerSecond { get; init; }

    public double P50Ms { get; init; }

    public double P95Ms { get; init; }

    public double P99Ms { get; init; }

    /// <summary>Voters who saw a receipt.</summary>
    public int Accepted { get; init; }

    /// <summary>Replayed casts answered with the voter's same receipt.</summary>
    public int Replays { get; init; }

    /// <summary>Voters who posted their cast twice at the same moment and were answered alike.</summary>
    public int Duplicates { get; init; }

    /// <summary>Acknowledged receipts missing from the published list (or turnout short of the accepted voters).</summary>
    public int Lost { get; init; }

    /// <summary>Ballots counted beyond the voters who cast them, or a receipt hash published twice.</summary>
    public int Duplicated { get; init; }

    /// <summary>Failed exchanges: refused forms, unexpected answers, transport failures.</summary>
    public int Errors { get; init; }

    /// <summary>Casts sent without a receipt seen: each may or may not count.</summary>
    public int Unacknowledged { get; init; }

    /// <summary>The ballot page and its stylesheets as sent over the wire with Brotli or gzip.</summary>
    public long BallotPageBytes { get; init; }

    /// <summary>The timed window.</summary>
    public double Seconds { get; init; }

    public int Concurrency { get; init; }

    /// <summary>Ballots asked for (codes issued).</summary>
    public int Ballots { get; init; }

    /// <summary>Codes redeemed in the warm-up, the voters available to the timed window.</summary>
    public int Voters { get; init; }

    public string Url { get; init; } = "";

    public int ProcessId { get; init; }

    /// <summary>The ballots the organizer's turnout page showed before the close.</summary>
    public long Turnout { get; init; }

    /// <summary>Receipt hashes published after the close.</summary>
    public int ReceiptsPublished { get; init; }

    public double SetupSeconds { get; init; }

    public double WarmupSeconds { get; init; }

    public double VerifySeconds { get; init; }

    /// <summary>The load tool's own CPU time during the timed window.</summary>
    public double ClientCpuSeconds { get; init; }

    /// <summary>The app's CPU time during the timed window, when its process id was given.</summary>
    public double? ServerCpuSeconds { get; init; }

    /// <summary>Median and 95th percentile of each step of a ballot: get_ballot, post_cast, get_receipt.</summary>
    public IReadOnlyDictionary<string, double[]> StepsMs { get; init; } = new Dictionary<string, double[]>();

    public IReadOnlyList<string> ErrorSamples { get; init; } = [];

    /// <summary>Every receipt acknowledged to a voter (not printed).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Receipts { get; init; } = [];

    [JsonIgnore]
    public bool Passed => Lost == 0 && Duplicated == 0 && Errors == 0;

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
