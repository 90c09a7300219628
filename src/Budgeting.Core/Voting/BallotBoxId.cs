using System.Globalization;

namespace Budgeting.Core.Voting;

/// <summary>A ballot box: a district's ballot of a process, or its city-wide ballot when <see cref="DistrictId"/> is null.</summary>
public readonly record struct BallotBoxId(int ProcessId, int? DistrictId)
{
    public bool IsCityWide => DistrictId is null;

    /// <summary>
    /// The box as one value, <c>12/345</c> or <c>12/city</c>, for unique indexes: databases treat two nulls as
    /// different, so (voter, process, null district) alone would not stop a second city-wide vote.
    /// </summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{ProcessId}/{(object?)DistrictId ?? "city"}");
}

/// <summary>Reads back the parts of a <see cref="BallotBoxId.Key"/>.</summary>
public static class BallotBoxKey
{
    /// <summary>The district of a box key ("12/3" → 3), or null for the city-wide box ("12/city") or anything else.</summary>
    public static int? DistrictOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var part = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
