using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Voting;

public sealed class KnapsackBallotTests
{
    private static readonly BallotDesign Plain = new(BallotType.Knapsack);

    [TestCase("1:1", ExpectedResult = "ok 1:1")]
    [TestCase("4:1,1:1,3:1,2:1", ExpectedResult = "ok 1:1,2:1,3:1,4:1")]
    [TestCase("5:1,4:1,1:1", ExpectedResult = "ok 1:1,4:1,5:1")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("4:1,5:1,2:1", ExpectedResult = "OverBudget(1000,1100)")]
    [TestCase("1:1,2:1,3:1,4:1,5:1", ExpectedResult = "OverBudget(1000,1500)")]
    [TestCase("5:1,6:1", ExpectedResult = "ProjectNotOnBallot@6")]
    [TestCase("5:1,5:1", ExpectedResult = "DuplicateProject@5")]
    [TestCase("5:1,5:1,5:1,4:1,3:1", ExpectedResult = "DuplicateProject@5 OverBudget(1000,1200)")]
    [TestCase("5:2", ExpectedResult = "InvalidMark@5")]
    [TestCase("5:0", ExpectedResult = "InvalidMark@5")]
    [TestCase("5:-1,4:1,3:1", ExpectedResult = "InvalidMark@5 OverBudget(1000,1200)")]
    public string ChecksTotalCostAgainstBudget(string choices) => Outcome(Plain, choices);

    [TestCase("5:1", 5000, 1000, ExpectedResult = "ok 5:1")]
    [TestCase("1:1,4:1", 5000, 1000, ExpectedResult = "ok 1:1,4:1")]
    [TestCase("1:1", 5000, 1000, ExpectedResult = "UnderMinimumShare(500,100)")]
    [TestCase("2:1,2:1,2:1", 5000, 1000, ExpectedResult = "DuplicateProject@2 UnderMinimumShare(500,200)")]
    [TestCase("5:1", 5000, 1001, ExpectedResult = "UnderMinimumShare(501,500)")]
    [TestCase("1:1,2:1,3:1,4:1", 10000, 1000, ExpectedResult = "ok 1:1,2:1,3:1,4:1")]
    [TestCase("4:1,5:1", 10000, 1000, ExpectedResult = "UnderMinimumShare(1000,900)")]
    [TestCase("1:1", 0, 1000, ExpectedResult = "ok 1:1")]
    [TestCase("1:1", 1, 1000, ExpectedResult = "ok 1:1")]
    [TestCase("", 5000, 1000, ExpectedResult = "Empty")]
    [TestCase("5:1,4:1,3:1", 9000, 1000, ExpectedResult = "OverBudget(1000,1200)")]
    public string ChecksMinimumShare(string choices, int basisPoints, long budget) =>
        Outcome(new BallotDesign(BallotType.Knapsack, MinShareBasisPoints: basisPoints), choices, budget);

    [TestCase("1:1,2:1", ExpectedResult = "ok 1:1,2:1")]
    [TestCase("1:1,2:1,3:1", ExpectedResult = "TooMany(2)")]
    [TestCase("1:1,2:1,3:1,4:1,5:1", ExpectedResult = "TooMany(2) OverBudget(1000,1500)")]
    public string ChecksMaximumCount(string choices) =>
        Outcome(new BallotDesign(BallotType.Knapsack, MaxProjects: 2), choices);

    [Test]
    public void AddsHugeCostsWithoutOverflow()
    {
        var box = new BallotBox(DistrictBox, long.MaxValue, [new(1, long.MaxValue), new(2, long.MaxValue), new(3, 1)]);
        var rules = Rules(new BallotDesign(BallotType.Knapsack, MinShareBasisPoints: 10000));

        var check = rules.Check(Choices("1:1,2:1,3:1"), box, Phase.Voting, Eligibility.Yes);

        Assert.That(Describe(check), Is.EqualTo($"OverBudget({long.MaxValue},{long.MaxValue})"));
    }

    [Test]
    public void AcceptsWholeHugeBudget()
    {
        var box = new BallotBox(DistrictBox, long.MaxValue, [new(1, long.MaxValue - 1), new(2, 1)]);
        var rules = Rules(new BallotDesign(BallotType.Knapsack, MinShareBasisPoints: 10000));

        var check = rules.Check(Choices("1:1,2:1"), box, Phase.Voting, Eligibility.Yes);

        Assert.That(check.Accepted, Is.True, Describe(check));
    }
}
