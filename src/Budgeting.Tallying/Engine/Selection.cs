namespace Budgeting.Tallying.Engine;

/// <summary>A selection being built: which projects are funded, in which order, and the trace.</summary>
internal sealed class Selection
{
    public Selection(UtilityProfile profile)
    {
        Profile = profile;
        IsSelected = new bool[profile.ProjectCount];
    }

    public UtilityProfile Profile { get; }

    public bool[] IsSelected { get; }

    public List<int> Order { get; } = [];

    public List<TallyRound> Rounds { get; } = [];

    public long Cost { get; private set; }

    public long Remaining => Profile.Election.Budget - Cost;

    public void Add(int project, string stage, Rational support, Rational? price, IReadOnlyList<SupporterPayment>? payments = null)
    {
        IsSelected[project] = true;
        Order.Add(project);
        Cost += Profile.Projects[project].Cost;
        Rounds.Add(new TallyRound(Rounds.Count + 1, Profile.Projects[project].Id, stage, Profile.Projects[project].Cost, support, price, Remaining)
        {
            Payments = payments ?? [],
        });
    }

    public Selection Clone()
    {
        var copy = new Selection(Profile);
        foreach (var (p, round) in Order.Zip(Rounds))
        {
            copy.IsSelected[p] = true;
            copy.Order.Add(p);
            copy.Cost += Profile.Projects[p].Cost;
            copy.Rounds.Add(round);
        }
        return copy;
    }

    /// <summary>True when no project of <paramref name="candidates"/> outside the selection fits the budget left.</summary>
    public bool IsExhaustive(IEnumerable<int> candidates) =>
        candidates.All(p => IsSelected[p] || Profile.Projects[p].Cost > Remaining);

    public TallyResult ToResult(string rule, Func<int, UnfundedProject> reason) => new(
        rule,
        Order.Select(p => Profile.Projects[p].Id).ToList(),
        Cost,
        Profile.Election.Budget,
        Rounds,
        Enumerable.Range(0, Profile.ProjectCount).Where(p => !IsSelected[p]).Select(reason).ToList());
}
