using Budgeting.Tallying.Tests.Support;

namespace Budgeting.Tallying.Tests.Rules;

public class HandComputedTests
{
    private static readonly Election ThreeVoters = Elections.Approval(3, "X:2 Y:1 Z:2", "X,Z", "X,Z", "Y,Z");

    [Test]
    public void GreedySkipsProjectThatExceedsRemainingBudget()
    {
        var election = Elections.Approval(10, "A:6 B:5 C:4", "A,B,C", "A,B", "A");

        var result = GreedyWelfare.Tally(election, Satisfaction.Cost);

        Assert.That(result.Selected, Is.EqualTo(new[] { "A", "C" }));
        Assert.That(result.Unfunded.Single().Reason, Is.EqualTo(UnfundedReason.DidNotFit));
        Assert.That(result.Unfunded.Single().RemainingBudget, Is.EqualTo(0));
    }

    [TestCase("10", "9", "10")]
    [TestCase("c10", "c2", "c10")]
    [TestCase("b", "a", "a")]
    public void BreaksTiesByOrdinalProjectId(string first, string second, string winner)
    {
        var election = Elections.Approval(5, $"{first}:5 {second}:5", $"{first}", $"{second}");

        Assert.That(GreedyWelfare.Tally(election, Satisfaction.Cost).Selected, Is.EqualTo(new[] { winner }));
        Assert.That(EqualShares.Tally(election, Satisfaction.Cost, greedyCompletion: true).Selected, Is.EqualTo(new[] { winner }));
        Assert.That(SequentialPhragmen.Tally(election).Selected, Is.EqualTo(new[] { winner }));
    }

    [Test]
    public void LowerCostTieBreakingPrefersTheCheaperProject()
    {
        var election = Elections.Approval(4, "a:3 b:2", "a", "b");

        var result = EqualShares.Tally(election, Satisfaction.Cardinality, tieBreaking: TieBreaking.LowerCost);

        Assert.That(result.Selected, Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public void GreedyThresholdLeavesOutProjectsWithTooFewVoters()
    {
        var election = Elections.Approval(10, "A:2 B:2", "A", "A,B");

        var result = GreedyWelfare.Tally(election, Satisfaction.Cost, minVotes: 2);

        Assert.That(result.Selected, Is.EqualTo(new[] { "A" }));
        Assert.That(result.Unfunded.Single().Reason, Is.EqualTo(UnfundedReason.BelowThreshold));
    }

    [Test]
    public void EqualSharesFundsTheProjectWithTheLowestPricePerUnitAndRecordsWhoPaid()
    {
        var result = EqualShares.Tally(ThreeVoters, Satisfaction.Cost);

        Assert.That(result.Selected, Is.EqualTo(new[] { "Z" }));
        var round = result.Rounds.Single();
        Assert.That(round.Price, Is.EqualTo(new Rational(1, 3)));
        Assert.That(round.Payments, Is.EqualTo(new[] { new SupporterPayment(3, new Rational(2, 3), false) }));
        Assert.That(round.RemainingBudget, Is.EqualTo(1));
        Assert.That(result.VoterBudget, Is.EqualTo((Rational)1));
    }

    [Test]
    public void EqualSharesExplainsHowMuchMoneyWasMissing()
    {
        var result = EqualShares.Tally(ThreeVoters, Satisfaction.Cost);

        var x = result.Unfunded.Single(u => u.ProjectId == "X");
        var y = result.Unfunded.Single(u => u.ProjectId == "Y");
        Assert.That(x.Reason, Is.EqualTo(UnfundedReason.SupportersMoneyRanOut));
        Assert.That(x.Missing, Is.EqualTo(new Rational(4, 3)));
        Assert.That(y.Missing, Is.EqualTo(new Rational(2, 3)));
    }

    [Test]
    public void GreedyCompletionSpendsWhatEqualSharesLeft()
    {
        var result = EqualShares.Tally(ThreeVoters, Satisfaction.Cost, greedyCompletion: true);

        Assert.That(result.Selected, Is.EqualTo(new[] { "Z", "Y" }));
        Assert.That(result.Rounds.Select(r => r.Stage), Is.EqualTo(new[] { "equal-shares", "greedy" }));
    }

    [Test]
    public void Add1KeepsTheLastOutcomeThatDoesNotOverspend()
    {
        var result = EqualShares.Tally(ThreeVoters, Satisfaction.Cost, EqualSharesExhaustion.Add1);

        Assert.That(result.Selected, Is.EqualTo(new[] { "Z" }));
        Assert.That(result.VoterBudget, Is.EqualTo((Rational)1));
        Assert.That(result.Runs, Is.EqualTo(2));
    }

    [Test]
    public void Add1StopsAtTheFirstExhaustiveOutcome()
    {
        var election = Elections.Approval(4, "A:2 B:2 C:3", "A", "A", "B", "C");

        var result = EqualShares.Tally(election, Satisfaction.Cost, EqualSharesExhaustion.Add1);

        Assert.That(result.Selected, Is.EquivalentTo(new[] { "A", "B" }));
        Assert.That(result.VoterBudget, Is.EqualTo((Rational)2));
    }

    [Test]
    public void PoorSupportersPayEverythingTheyHaveLeft()
    {
        var election = Elections.Approval(8, "A:1 B:5", "A", "A,B", "B", "B");

        var result = EqualShares.Tally(election, Satisfaction.Cardinality);

        var b = result.Rounds.Single(r => r.ProjectId == "B");
        Assert.That(b.Payments, Is.EqualTo(new[]
        {
            new SupporterPayment(1, new Rational(3, 2), true),
            new SupporterPayment(2, new Rational(7, 4), false),
        }));
        Assert.That(b.Price, Is.EqualTo(new Rational(7, 4)));
    }

    [Test]
    public void FreeSupportedProjectsAreFundedFirstAndUnsupportedOnesNever()
    {
        var election = Elections.Approval(2, "free:0 nobody:1 a:2", "free,a", "a");

        var result = EqualShares.Tally(election, Satisfaction.Cardinality);

        Assert.That(result.Selected, Is.EqualTo(new[] { "free", "a" }));
        Assert.That(result.Unfunded.Single().Reason, Is.EqualTo(UnfundedReason.NoSupport));
    }

    [Test]
    public void PhragmenStopsAtTheFirstBestProjectThatDoesNotFit()
    {
        var election = Elections.Approval(5, "A:4 B:2 C:1", "A", "A", "A", "B", "C");

        var result = SequentialPhragmen.Tally(election);

        Assert.That(result.Selected, Is.EqualTo(new[] { "C", "A" }));
        Assert.That(result.Rounds.Select(r => r.Price), Is.EqualTo(new Rational?[] { 1, new Rational(4, 3) }));
        Assert.That(result.Unfunded.Single().Reason, Is.EqualTo(UnfundedReason.RuleStopped));
    }

    [Test]
    public void BordaScoresPositionsFromTheEndOfEachBallot()
    {
        var election = new Election(10, VoteType.Ordinal, [new("a", 5), new("b", 5), new("c", 5)],
            [new Ballot("1", ["c", "a", "b"]), new Ballot("2", ["c", "b"])]);

        var result = MaxWelfare.Tally(election, Satisfaction.AdditiveBorda);

        Assert.That(result.Welfare, Is.EqualTo((Rational)4));
        Assert.That(result.Selected, Is.EquivalentTo(new[] { "c", "a" }));
    }

    [Test]
    public void MaxWelfareFindsTheKnapsackOptimumThatGreedyMisses()
    {
        var election = Elections.Approval(10, "A:6 B:5 C:5", "A,B,C", "A,B,C", "A", "B", "C");

        var result = MaxWelfare.Tally(election, Satisfaction.Cardinality);

        Assert.That(result.Selected, Is.EquivalentTo(new[] { "B", "C" }));
        Assert.That(result.Welfare, Is.EqualTo((Rational)6));
    }

    [Test]
    public void NoBallotsFundsOnlyWhatGreedyCanAdd()
    {
        var election = Elections.Approval(5, "a:3");

        Assert.That(EqualShares.Tally(election, Satisfaction.Cost).Selected, Is.Empty);
        Assert.That(EqualShares.Tally(election, Satisfaction.Cost, EqualSharesExhaustion.Add1, true).Selected, Is.EqualTo(new[] { "a" }));
    }
}
