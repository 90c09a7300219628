namespace Budgeting.Core.Processes;

/// <summary>
/// The instants (UTC) at which a process moves from one phase to the next. Before <see cref="ProposalsOpenUtc"/>
/// the process is a draft; from <see cref="VotingCloseUtc"/> on it is closed until its results are published.
/// </summary>
public sealed record PhaseSchedule(
    DateTime ProposalsOpenUtc,
    DateTime ReviewOpenUtc,
    DateTime VotingOpenUtc,
    DateTime VotingCloseUtc)
{
    public static readonly Phase[] Scheduled = [Phase.Proposals, Phase.Review, Phase.Voting];

    public bool IsOrdered =>
        ProposalsOpenUtc < ReviewOpenUtc && ReviewOpenUtc < VotingOpenUtc && VotingOpenUtc < VotingCloseUtc;

    private DateTime[] Boundaries => [ProposalsOpenUtc, ReviewOpenUtc, VotingOpenUtc, VotingCloseUtc];

    public Phase PhaseAt(DateTime utc)
    {
        var passed = Boundaries.Count(b => b <= utc);
        return (Phase)passed;
    }

    /// <summary>When <paramref name="phase"/> starts; null for draft and published, which no date starts.</summary>
    public DateTime? StartOf(Phase phase) => phase is >= Phase.Proposals and <= Phase.Closed
        ? Boundaries[(int)phase - 1]
        : null;

    /// <summary>When <paramref name="phase"/> ends; null for closed and published, which no date ends.</summary>
    public DateTime? EndOf(Phase phase) => phase is >= Phase.Draft and <= Phase.Voting
        ? Boundaries[(int)phase]
        : null;

    /// <summary>
    /// The schedule in which <paramref name="target"/> is current at <paramref name="nowUtc"/> and lasts until
    /// <paramref name="untilUtc"/> (for closed, which has no end, the date is ignored). Its start moves back
    /// to now at the latest, its end is the given date, and the other boundaries move only as far as they must to
    /// stay in order.
    /// </summary>
    public PhaseSchedule MoveTo(Phase target, DateTime nowUtc, DateTime untilUtc)
    {
        if (target is < Phase.Proposals or > Phase.Closed)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "Only scheduled phases can be set.");
        }
        if (target != Phase.Closed && untilUtc <= nowUtc)
        {
            throw new ArgumentException("The phase must end after now.", nameof(untilUtc));
        }
        var startIndex = (int)target - 1;
        var b = Boundaries;
        b[startIndex] = Min(b[startIndex], nowUtc);
        for (var i = startIndex - 1; i >= 0; i--)
        {
            b[i] = Min(b[i], b[i + 1].AddMinutes(-1));
        }
        if (startIndex + 1 < b.Length)
        {
            b[startIndex + 1] = untilUtc;
        }
        for (var i = startIndex + 2; i < b.Length; i++)
        {
            b[i] = Max(b[i], b[i - 1].AddMinutes(1));
        }
        return new PhaseSchedule(b[0], b[1], b[2], b[3]);
    }

    private static DateTime Min(DateTime a, DateTime b) => a <= b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a >= b ? a : b;
}
