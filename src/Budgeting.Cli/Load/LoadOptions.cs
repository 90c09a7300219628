namespace Budgeting.Cli.Load;

/// <summary>What a load test does: where, how many ballots, how many at once, for how long, and as which organizer.</summary>
public sealed record LoadOptions
{
    public const string DemoOrganizer = "organizadora@demo.local";
    public const string DemoPassword = "demo-pass-2026";

    public Uri Url { get; init; } = new("http://127.0.0.1:5080");

    /// <summary>At most this many voters cast a ballot (one code each).</summary>
    public int Ballots { get; init; } = 2000;

    /// <summary>Voters voting at the same moment.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>The timed window: no voter starts after it; setup, code redemption and checks come on top.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public string Email { get; init; } = DemoOrganizer;

    public string Password { get; init; } = DemoPassword;

    /// <summary>Share (percent) of voters who post their accepted cast form again and must get the same receipt.</summary>
    public int ReplayPercent { get; init; } = 5;

    /// <summary>Share (percent) of voters who post their cast form twice at the same moment; one ballot must count.</summary>
    public int DuplicatePercent { get; init; } = 2;

    /// <summary>The app's process id on this machine, to report its CPU time during the timed window (Linux /proc).</summary>
    public int? ServerPid { get; init; }

    /// <summary>Code redemption (untimed) stops after this long, with the voters redeemed so far; by default three times
    /// <see cref="Duration"/>, at least two minutes.</summary>
    public TimeSpan? WarmUp { get; init; }

    public TimeSpan WarmUpLimit => WarmUp ?? TimeSpan.FromSeconds(Math.Max(120, 3 * Duration.TotalSeconds));
}
