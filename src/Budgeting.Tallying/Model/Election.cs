namespace Budgeting.Tallying;

/// <summary>
/// A participatory budgeting election: the instance (budget, projects) and the profile (ballots), as in a
/// Pabulib file. Money is integer minor units: a file whose amounts have at most <see cref="MoneyDecimals"/>
/// decimals stores <c>12.5</c> as <c>125</c> when <see cref="MoneyDecimals"/> is 1.
/// </summary>
/// <param name="Budget">The budget limit in minor units.</param>
/// <param name="VoteType">How ballots are to be read.</param>
/// <param name="Projects">The projects, ids unique.</param>
/// <param name="Ballots">The ballots, one per voter (empty ballots included).</param>
/// <param name="MoneyDecimals">Number of decimals of one currency unit in minor units (0 for whole units).</param>
public sealed record Election(
    long Budget,
    VoteType VoteType,
    IReadOnlyList<Project> Projects,
    IReadOnlyList<Ballot> Ballots,
    int MoneyDecimals = 0)
{
    /// <summary>The META section, in file order, including <c>budget</c> and <c>vote_type</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Meta { get; init; } = [];

    /// <summary>Extra PROJECTS columns in file order (beyond project_id, cost, name, category, target).</summary>
    public IReadOnlyList<string> ProjectColumns { get; init; } = [];

    /// <summary>Extra VOTES columns in file order (beyond voter_id, vote, points).</summary>
    public IReadOnlyList<string> VoteColumns { get; init; } = [];

    /// <summary>Minor units in one currency unit: 10^<see cref="MoneyDecimals"/>.</summary>
    public long MinorUnitsPerUnit
    {
        get
        {
            long unit = 1;
            for (var i = 0; i < MoneyDecimals; i++)
            {
                unit *= 10;
            }
            return unit;
        }
    }

    /// <summary>The META value for <paramref name="key"/>, or null.</summary>
    public string? MetaValue(string key)
    {
        foreach (var pair in Meta)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }
        return null;
    }
}
