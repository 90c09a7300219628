using System.Globalization;
using Budgeting.Tallying;

namespace Budgeting.Core.Voting;

/// <summary>Turns a ballot box's accepted ballots into a <see cref="Election"/> the tallying rules read.</summary>
public static class BallotProfile
{
    /// <summary>
    /// The election of <paramref name="box"/>: its budget and projects (ids as invariant decimal text), and one Pabulib
    /// ballot per accepted ballot. Ballots are sorted by their content and numbered 1, 2, ... in that order, so the
    /// voter ids say nothing about when or by whom a ballot was cast. The ballot limits go into META as Pabulib names
    /// them (<c>min_length</c>, <c>max_sum_cost</c>, <c>max_sum_points</c>, ...).
    /// </summary>
    /// <exception cref="ArgumentException">A ballot is of another box or another type.</exception>
    public static Election ToElection(BallotBox box, BallotRules rules, IEnumerable<CanonicalBallot> ballots, int moneyDecimals = 0)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(ballots);
        var list = ballots.ToList();
        if (list.Any(b => b.Box != box.Id || b.Type != rules.Type))
        {
            throw new ArgumentException("Every ballot must be of this box and ballot type.", nameof(ballots));
        }
        var projects = box.Projects.Select(p => new Budgeting.Tallying.Project(Text(p.Id), p.Cost)).ToList();
        var cumulative = rules.Type == BallotType.Cumulative;
        var profile = list
            .OrderBy(b => b.ToString(), StringComparer.Ordinal)
            .Select((b, i) => new Ballot(
                Text(i + 1),
                [.. b.Choices.Select(c => Text(c.ProjectId))],
                cumulative ? [.. b.Choices.Select(c => c.Value)] : null))
            .ToList();
        return new Election(box.Budget, VoteTypeOf(rules.Type), projects, profile, moneyDecimals)
        {
            Meta = Meta(rules, box),
        };
    }

    public static VoteType VoteTypeOf(BallotType type) => type switch
    {
        BallotType.Approval or BallotType.Knapsack => VoteType.Approval,
        BallotType.ChooseOne => VoteType.ChooseOne,
        BallotType.Cumulative => VoteType.Cumulative,
        BallotType.Ranked => VoteType.Ordinal,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ballot type."),
    };

    private static List<KeyValuePair<string, string>> Meta(BallotRules rules, BallotBox box)
    {
        var meta = new List<KeyValuePair<string, string>>();
        void Add(string key, long value) => meta.Add(new(key, value.ToString(CultureInfo.InvariantCulture)));
        switch (rules.Type)
        {
            case BallotType.Approval:
                Add("min_length", rules.MinProjects);
                if (rules.MaxProjects is { } max)
                {
                    Add("max_length", max);
                }
                break;
            case BallotType.Knapsack:
                Add("max_sum_cost", box.Budget);
                if (rules.MinShareBasisPoints > 0)
                {
                    Add("min_sum_cost", BallotContentCheck.MinimumSpend(box.Budget, rules.MinShareBasisPoints));
                }
                if (rules.MaxProjects is { } count)
                {
                    Add("max_length", count);
                }
                break;
            case BallotType.Cumulative:
                Add("max_sum_points", rules.TotalPoints);
                Add("max_points", rules.MaxPointsPerProject);
                if (rules.MustUseAllPoints)
                {
                    Add("min_sum_points", rules.TotalPoints);
                }
                break;
            case BallotType.Ranked:
                Add("max_length", rules.Ranks);
                Add("min_length", rules.AllowFewerRanks ? 1 : rules.Ranks);
                break;
        }
        return meta;
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
