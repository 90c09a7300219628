using Budgeting.Tallying.Tests.Support;

namespace Budgeting.Tallying.Tests.Rules;

public class InvariantTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        RuleCatalog.Names.Select(rule => new TestCaseData(rule).SetName("Invariants_" + rule));

    [TestCaseSource(nameof(Cases))]
    public void NeverOverBudgetAndIndependentOfInputOrder(string rule)
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var election = Elections.Random(seed);
            var result = RuleCatalog.Tally(election, rule);

            Assert.That(result.TotalCost, Is.LessThanOrEqualTo(election.Budget), $"seed {seed}");
            Assert.That(result.TotalCost, Is.EqualTo(election.Projects.Where(p => result.Selected.Contains(p.Id)).Sum(p => p.Cost)));
            Assert.That(result.Selected.Count + result.Unfunded.Count, Is.EqualTo(election.Projects.Count));
            Assert.That(result.Rounds.Select(r => r.ProjectId), Is.EqualTo(result.Selected));

            var shuffled = Elections.Shuffled(election, seed);
            Assert.That(RuleCatalog.Tally(shuffled, rule).Selected, Is.EquivalentTo(result.Selected), $"seed {seed}, shuffled");
            var seeded = TieBreaking.Seeded(seed);
            Assert.That(RuleCatalog.Tally(shuffled, rule, seeded).Selected,
                Is.EquivalentTo(RuleCatalog.Tally(election, rule, seeded).Selected), $"seed {seed}, seeded tie-breaking");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void SameOutcomeOnARealElectionWhenBallotsAndProjectsArePermuted(string rule)
    {
        var election = Samples.Load("Poland_Zabrze_2020_Grzybowice") is var e && RuleCatalog.NamesFor(e.VoteType).Contains(rule)
            ? e
            : Samples.Load("Switzerland_Zurich_S5D10");
        if (!RuleCatalog.NamesFor(election.VoteType).Contains(rule))
        {
            election = Samples.Load("Poland_Krakow_2018_Swoszowice");
        }

        var result = RuleCatalog.Tally(election, rule);
        var shuffled = RuleCatalog.Tally(Elections.Shuffled(election, 7), rule);

        Assert.That(shuffled.Selected, Is.EquivalentTo(result.Selected));
        Assert.That(result.TotalCost, Is.LessThanOrEqualTo(election.Budget));
    }
}
