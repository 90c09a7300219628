namespace Budgeting.Tallying;

/// <summary>
/// Decides between projects that a rule finds exactly tied. Every rule breaks every tie with one total order on
/// projects, which never depends on the order of projects or ballots in the input.
/// </summary>
public sealed class TieBreaking
{
    private readonly Func<IReadOnlyList<Project>, int[]> _ranks;

    private TieBreaking(string name, Func<IReadOnlyList<Project>, int[]> ranks)
    {
        Name = name;
        _ranks = ranks;
    }

    /// <summary>
    /// pabutools' default (<c>lexico_tie_breaking</c>): the project whose id is smallest in plain ordinal string
    /// order wins (<c>"10"</c> before <c>"9"</c>, <c>"c10"</c> before <c>"c2"</c>).
    /// </summary>
    public static TieBreaking ProjectId { get; } = new("project-id", projects => RankBy(projects, (a, b) => string.CompareOrdinal(a.Id, b.Id)));

    /// <summary>The cheaper project wins; equal costs fall back to <see cref="ProjectId"/>.</summary>
    public static TieBreaking LowerCost { get; } = new("lower-cost", projects => RankBy(projects, (a, b) =>
        a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : string.CompareOrdinal(a.Id, b.Id)));

    /// <summary>A random order drawn from <paramref name="seed"/> (the same seed gives the same order).</summary>
    public static TieBreaking Seeded(int seed) => new($"seeded-{seed}", projects =>
    {
        var byId = Enumerable.Range(0, projects.Count).OrderBy(i => projects[i].Id, StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        random.Shuffle(byId);
        var ranks = new int[projects.Count];
        for (var r = 0; r < byId.Length; r++)
        {
            ranks[byId[r]] = r;
        }
        return ranks;
    });

    /// <summary>A short name for traces and reports.</summary>
    public string Name { get; }

    /// <summary>For each project index, its rank: among tied projects the lowest rank wins.</summary>
    internal int[] Ranks(IReadOnlyList<Project> projects) => _ranks(projects);

    private static int[] RankBy(IReadOnlyList<Project> projects, Comparison<Project> comparison)
    {
        var order = Enumerable.Range(0, projects.Count).ToArray();
        Array.Sort(order, (x, y) => comparison(projects[x], projects[y]));
        var ranks = new int[projects.Count];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r;
        }
        return ranks;
    }
}
