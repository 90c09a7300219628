namespace Budgeting.Web.Infrastructure.Security;

/// <summary>
/// Request limits, under <c>Budgeting:RateLimits</c>. Sized for a vote day: a polling station puts hundreds of voters
/// behind one address, so only sign-in and sign-up count per address, with ceilings far above a station's pace; ballots
/// count per voter and codes per code. A <see cref="WindowLimit.PermitLimit"/> of 0 turns that limit off.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Budgeting:RateLimits";

    /// <summary>Sign-in posts per address and account name: password guessing against one account.</summary>
    public WindowLimit SignInPerAccount { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(5) };

    /// <summary>Sign-in posts per address, whatever the account: password spraying.</summary>
    public WindowLimit SignInPerAddress { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Sign-up posts per address.</summary>
    public WindowLimit SignUpPerAddress { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromHours(1) };

    /// <summary>Redemptions of one voting code (wrong codes are limited apart, per address and prefix).</summary>
    public WindowLimit CodePerCode { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Ballot posts (review, change, cast) per voter: account or voting code, never per address.</summary>
    public WindowLimit BallotPerVoter { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    /// <summary>No permits or no window: the limit is turned off.</summary>
    public bool IsOff => PermitLimit <= 0 || Window <= TimeSpan.Zero;
}
