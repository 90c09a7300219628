using Budgeting.Core.Voting;

namespace Budgeting.Core.Tests.Voting;

public sealed class BallotRulesTests
{
    private static IEnumerable<TestCaseData> Designs()
    {
        TestCaseData Case(BallotDesign design, string errors) =>
            new TestCaseData(design).Returns(errors).SetArgDisplayNames($"{design.Type}: {(errors.Length == 0 ? "valid" : errors)}");

        yield return Case(new(BallotType.Approval), "");
        yield return Case(new(BallotType.Approval, MinProjects: 0, MaxProjects: 1), "");
        yield return Case(new(BallotType.Approval, MinProjects: 3, MaxProjects: 3), "");
        yield return Case(new(BallotType.Approval, MinProjects: 4, MaxProjects: 3), "MinAboveMax(4,3)#MinProjects");
        yield return Case(new(BallotType.Approval, MinProjects: -1), "ValueTooSmall(0)#MinProjects");
        yield return Case(new(BallotType.Approval, MaxProjects: 0), "ValueTooSmall(1)#MaxProjects");
        yield return Case(new(BallotType.Knapsack), "");
        yield return Case(new(BallotType.Knapsack, MaxProjects: 5, MinShareBasisPoints: 0), "");
        yield return Case(new(BallotType.Knapsack, MinShareBasisPoints: 10000), "");
        yield return Case(new(BallotType.Knapsack, MinShareBasisPoints: 10001), "ShareOutOfRange(10001)#MinShareBasisPoints");
        yield return Case(new(BallotType.Knapsack, MinShareBasisPoints: -1), "ShareOutOfRange(-1)#MinShareBasisPoints");
        yield return Case(new(BallotType.Knapsack, MaxProjects: 0), "ValueTooSmall(1)#MaxProjects");
        yield return Case(new(BallotType.Cumulative, TotalPoints: 1), "");
        yield return Case(new(BallotType.Cumulative, TotalPoints: 10, MaxPointsPerProject: 10, MustUseAllPoints: true), "");
        yield return Case(new(BallotType.Cumulative), "MissingParameter#TotalPoints");
        yield return Case(new(BallotType.Cumulative, TotalPoints: 0), "ValueTooSmall(1)#TotalPoints");
        yield return Case(new(BallotType.Cumulative, TotalPoints: 10, MaxPointsPerProject: 11), "CapAboveTotal(11,10)#MaxPointsPerProject");
        yield return Case(new(BallotType.Cumulative, TotalPoints: 10, MaxPointsPerProject: 0), "ValueTooSmall(1)#MaxPointsPerProject");
        yield return Case(new(BallotType.Cumulative, TotalPoints: -5, MaxPointsPerProject: 0),
            "ValueTooSmall(1)#TotalPoints ValueTooSmall(1)#MaxPointsPerProject");
        yield return Case(new(BallotType.Ranked, Ranks: 1), "");
        yield return Case(new(BallotType.Ranked, Ranks: 5, AllowFewerRanks: true), "");
        yield return Case(new(BallotType.Ranked), "MissingParameter#Ranks");
        yield return Case(new(BallotType.Ranked, Ranks: 0), "ValueTooSmall(1)#Ranks");
        yield return Case(new(BallotType.ChooseOne), "");
        yield return Case(new(BallotType.ChooseOne, MinProjects: -4, Ranks: 0, TotalPoints: 0), "");
    }

    [TestCaseSource(nameof(Designs))]
    public string ValidatesDesign(BallotDesign design)
    {
        var (rules, errors) = BallotRules.Create(design);
        Assert.That(rules is null, Is.EqualTo(errors.Count > 0));
        return string.Join(" ", errors);
    }

    [Test]
    public void RefusesUnknownType() =>
        Assert.That(() => BallotRules.Create(new BallotDesign((BallotType)99)), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void ClearsParametersTheTypeDoesNotUse()
    {
        var stale = new BallotDesign(BallotType.Knapsack, MinProjects: 2, MaxProjects: 4, MinShareBasisPoints: 2500,
            TotalPoints: 10, MaxPointsPerProject: 3, MustUseAllPoints: true, Ranks: 3, AllowFewerRanks: true);

        var rules = BallotRules.Create(stale).Rules!;

        Assert.That(rules.Design, Is.EqualTo(new BallotDesign(BallotType.Knapsack, MaxProjects: 4, MinShareBasisPoints: 2500)));
    }

    [TestCase(BallotType.Approval, null)]
    [TestCase(BallotType.Knapsack, null)]
    [TestCase(BallotType.Cumulative, null)]
    [TestCase(BallotType.Ranked, 3)]
    [TestCase(BallotType.ChooseOne, 1)]
    public void DerivesMaximumProjects(BallotType type, int? expected)
    {
        var design = new BallotDesign(type, TotalPoints: 10, Ranks: 3);

        Assert.That(BallotRules.Create(design).Rules!.MaxProjects, Is.EqualTo(expected));
    }

    [Test]
    public void CapsPointsPerProjectAtTotalWhenNoCapIsSet() =>
        Assert.That(BallotRules.Create(new BallotDesign(BallotType.Cumulative, TotalPoints: 7)).Rules!.MaxPointsPerProject, Is.EqualTo(7));

    [TestCase(0, ExpectedResult = true)]
    [TestCase(1, ExpectedResult = false)]
    public bool AllowsBlankOnlyForApprovalWithoutMinimum(int min) =>
        BallotRules.Create(new BallotDesign(BallotType.Approval, MinProjects: min)).Rules!.AllowsBlank;
}
