namespace Budgeting.Tallying;

/// <summary>A project on the ballot.</summary>
/// <param name="Id">The Pabulib <c>project_id</c>; compared in ordinal string order for tie-breaking.</param>
/// <param name="Cost">Cost in minor units (see <see cref="Election.MoneyDecimals"/>).</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="Categories">Categories, if any.</param>
/// <param name="Targets">Target groups, if any.</param>
public sealed record Project(
    string Id,
    long Cost,
    string? Name = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Targets = null)
{
    /// <summary>Other PROJECTS columns, by header name, kept for round-tripping.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
