namespace Budgeting.Tallying.Engine;

/// <summary>The result of one run of equal shares at a given per-voter budget.</summary>
internal sealed class MesRun(Selection selection, Rational[] missing)
{
    public Selection Selection { get; } = selection;

    /// <summary>Per project: cost minus the money its supporters had left at the end (zero when not applicable).</summary>
    public Rational[] Missing { get; } = missing;

    /// <summary>
    /// How much every voter's starting budget can grow (exclusive) with this run's outcome unchanged, when the
    /// engine can tell; null when it cannot (or when nothing would change it).
    /// </summary>
    public double? Horizon { get; init; }

    /// <summary>True when <see cref="Horizon"/> is known.</summary>
    public bool HasHorizon { get; init; }
}

/// <summary>Common set-up of equal shares runs: candidates, free projects, ranks.</summary>
internal abstract class MesEngine
{
    protected MesEngine(UtilityProfile profile, int[] ranks)
    {
        Profile = profile;
        Ranks = ranks;
        var candidates = new List<int>();
        var free = new List<int>();
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.SupporterGroups[p].Length == 0)
            {
                continue;
            }
            (profile.Projects[p].Cost > 0 ? candidates : free).Add(p);
        }
        Candidates = candidates.ToArray();
        Free = free.OrderBy(p => ranks[p]).ToArray();
    }

    public UtilityProfile Profile { get; }

    public int[] Ranks { get; }

    /// <summary>Supported projects with a positive cost: the ones equal shares buys.</summary>
    public int[] Candidates { get; }

    /// <summary>Supported projects that cost nothing: funded before the first round, as pabutools does.</summary>
    public int[] Free { get; }

    public static MesEngine Create(UtilityProfile profile, int[] ranks) =>
        profile.Uniform.All(u => u) ? new ClassMesEngine(profile, ranks) : new GroupMesEngine(profile, ranks);

    /// <summary>
    /// Runs equal shares with every voter starting with <paramref name="voterBudget"/>. The run's horizon is only
    /// tracked precisely above <paramref name="step"/>, the increment the caller will use anyway.
    /// </summary>
    public abstract MesRun Run(Rational voterBudget, bool trace, Rational? step = null);

    /// <summary>The selection before any round: the free supported projects.</summary>
    public Selection FreeOnly() => StartSelection();

    protected Selection StartSelection()
    {
        var selection = new Selection(Profile);
        foreach (var p in Free)
        {
            selection.Add(p, "initial", Profile.TotalUtility[p], null);
        }
        return selection;
    }

    protected bool Better(Rational rho, int p, Rational bestRho, int best) =>
        best < 0 || rho < bestRho || (rho == bestRho && Ranks[p] < Ranks[best]);
}
