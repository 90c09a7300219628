using Budgeting.Tallying.Tests.Support;

namespace Budgeting.Tallying.Tests.Rules;

public class ReferenceAgreementTests
{
    private static readonly Satisfaction[] Additive =
        [Satisfaction.Cost, Satisfaction.Cardinality, Satisfaction.AdditiveCardinal, Satisfaction.AdditiveBorda];

    public static IEnumerable<int> Seeds() => Enumerable.Range(1, 150);

    public static IEnumerable<int> MediumSeeds() => Enumerable.Range(1, 40);

    [TestCaseSource(nameof(Seeds))]
    public void GreedyAgreesWithTheStepByStepDefinition(int seed)
    {
        var election = Elections.Random(seed);
        foreach (var sat in Additive)
        {
            Assert.That(GreedyWelfare.Tally(election, sat).Selected, Is.EqualTo(Reference.Greedy(election, sat)), sat.ToString());
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void EqualSharesAgreesWithTheDefinition(int seed)
    {
        var election = Elections.Random(seed);
        if (election.Ballots.Count == 0)
        {
            return;
        }
        foreach (var sat in Additive)
        {
            var plain = Reference.EqualShares(election, sat, new Rational(election.Budget, election.Ballots.Count));
            Assert.That(EqualShares.Tally(election, sat).Selected, Is.EqualTo(plain), sat.ToString());
            Assert.That(EqualShares.Tally(election, sat, greedyCompletion: true).Selected, Is.EqualTo(Reference.Greedy(election, sat, plain)), sat + " greedy");
            var add1 = Reference.EqualSharesAdd1(election, sat);
            Assert.That(EqualShares.Tally(election, sat, EqualSharesExhaustion.Add1).Selected, Is.EquivalentTo(add1), sat + " add1");
        }
    }

    [TestCaseSource(nameof(MediumSeeds))]
    public void Add1AgreesWithTheDefinitionOverManyIncrements(int seed)
    {
        var election = Elections.RandomMedium(seed);
        foreach (var sat in new[] { Satisfaction.Cost, Satisfaction.Cardinality })
        {
            Assert.That(EqualShares.Tally(election, sat, EqualSharesExhaustion.Add1).Selected, Is.EquivalentTo(Reference.EqualSharesAdd1(election, sat)), sat.ToString());
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void PhragmenAgreesWithTheDefinition(int seed)
    {
        var election = Elections.Random(seed);

        Assert.That(SequentialPhragmen.Tally(election).Selected, Is.EqualTo(Reference.Phragmen(election)));
    }

    [TestCaseSource(nameof(Seeds))]
    public void MaxWelfareFindsTheBruteForceOptimum(int seed)
    {
        var election = Elections.Random(seed);
        foreach (var sat in Additive)
        {
            var result = MaxWelfare.Tally(election, sat);
            Assert.That(result.Welfare, Is.EqualTo((Rational)Reference.MaxWelfare(election, sat)), sat.ToString());
            Assert.That(result.TotalCost, Is.LessThanOrEqualTo(election.Budget));
        }
    }
}
