using System.Globalization;

namespace Budgeting.Web.Infrastructure;

/// <summary>Phase dates are typed and shown in the process's own time zone and stored in UTC.</summary>
public static class ProcessTime
{
    public static TimeZoneInfo? FindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    public static bool IsValidLocal(DateTime local, TimeZoneInfo zone) =>
        !zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));

    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    public static DateTime ToLocal(DateTime utc, string zoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FindZone(zoneId) ?? TimeZoneInfo.Utc);

    public static string Format(DateTime utc, string zoneId, CultureInfo culture) =>
        ToLocal(utc, zoneId).ToString("f", culture);

    /// <summary>The value of an HTML datetime-local field, which is culture-free.</summary>
    public static string ForInput(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
