namespace Budgeting.Core.Processes;

/// <summary>What an organizer sets on a process itself; amounts in minor units, instants in UTC.</summary>
public sealed record ProcessDetails(
    string Name,
    string Description,
    string TimeZoneId,
    string CurrencyCode,
    long? CityWideBudget,
    PhaseSchedule Schedule);
