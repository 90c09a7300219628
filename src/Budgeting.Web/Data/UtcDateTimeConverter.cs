using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Budgeting.Web.Data;

/// <summary>SQLite keeps no time zone with a date; every instant we store is UTC, so say so when reading it back.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
