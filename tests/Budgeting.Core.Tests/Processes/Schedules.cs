using Budgeting.Core.Processes;

namespace Budgeting.Core.Tests.Processes;

/// <summary>A schedule with a phase boundary at the start of each of four consecutive months of 2027.</summary>
internal static class Schedules
{
    public static readonly DateTime ProposalsOpen = Utc(2027, 1, 1);
    public static readonly DateTime ReviewOpen = Utc(2027, 2, 1);
    public static readonly DateTime VotingOpen = Utc(2027, 3, 1);
    public static readonly DateTime VotingClose = Utc(2027, 4, 1);

    public static PhaseSchedule Standard => new(ProposalsOpen, ReviewOpen, VotingOpen, VotingClose);

    /// <summary>An instant in the middle of the phase.</summary>
    public static DateTime During(Phase phase) => phase switch
    {
        Phase.Draft => Utc(2026, 12, 15),
        Phase.Proposals => Utc(2027, 1, 15),
        Phase.Review => Utc(2027, 2, 15),
        Phase.Voting => Utc(2027, 3, 15),
        Phase.Closed => Utc(2027, 4, 15),
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    public static ProcessDetails Details(string name = "Presupuesto 2027", PhaseSchedule? schedule = null, string currency = "MXN", long? cityWide = null) =>
        new(name, "Descripción", "America/Mexico_City", currency, cityWide, schedule ?? Standard);
}
