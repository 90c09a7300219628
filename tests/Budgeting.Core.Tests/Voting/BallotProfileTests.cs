using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using Budgeting.Tallying;
using Budgeting.Tallying.Pabulib;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Voting;

public sealed class BallotProfileTests
{
    private static Election Convert(BallotDesign design, params string[] ballots)
    {
        var rules = Rules(design);
        var accepted = ballots.Select(b => rules.Check(Choices(b), Box(), Phase.Voting, Eligibility.Yes).Ballot!);
        return BallotProfile.ToElection(Box(), rules, accepted, moneyDecimals: 2);
    }

    private static string Describe(Election e) => string.Join(" | ", e.Ballots.Select(b =>
        $"{b.VoterId}: {string.Join(",", b.Projects)}" + (b.Points is null ? "" : $" [{string.Join(",", b.Points)}]")));

    private static string Meta(Election e) => string.Join(" ", e.Meta.Select(m => $"{m.Key}={m.Value}"));

    [Test]
    public void CopiesBudgetAndProjects()
    {
        var election = Convert(new BallotDesign(BallotType.Approval), "1:1");

        Assert.Multiple(() =>
        {
            Assert.That(election.Budget, Is.EqualTo(1000));
            Assert.That(election.MoneyDecimals, Is.EqualTo(2));
            Assert.That(election.Projects.Select(p => $"{p.Id}:{p.Cost}"), Is.EqualTo(new[] { "1:100", "2:200", "3:300", "4:400", "5:500" }));
        });
    }

    [TestCase(BallotType.Approval, VoteType.Approval)]
    [TestCase(BallotType.Knapsack, VoteType.Approval)]
    [TestCase(BallotType.ChooseOne, VoteType.ChooseOne)]
    [TestCase(BallotType.Cumulative, VoteType.Cumulative)]
    [TestCase(BallotType.Ranked, VoteType.Ordinal)]
    public void MapsBallotTypeToVoteType(BallotType type, VoteType expected)
    {
        var rules = Rules(new BallotDesign(type, TotalPoints: 10, Ranks: 2));

        Assert.That(BallotProfile.ToElection(Box(), rules, []).VoteType, Is.EqualTo(expected));
    }

    [Test]
    public void NumbersBallotsByContentNotByArrival()
    {
        var design = new BallotDesign(BallotType.Approval, MinProjects: 0);

        var election = Convert(design, "3:1", "1:1,2:1", "", "2:1");

        Assert.That(Describe(election), Is.EqualTo("1:  | 2: 1,2 | 3: 2 | 4: 3"));
    }

    [Test]
    public void GivesSameProfileWhateverTheArrivalOrder()
    {
        var design = new BallotDesign(BallotType.Cumulative, TotalPoints: 10);

        var one = Convert(design, "1:10", "2:4,3:6", "5:1");
        var other = Convert(design, "5:1", "1:10", "2:4,3:6");

        Assert.That(Describe(other), Is.EqualTo(Describe(one)));
    }

    [Test]
    public void KeepsPointsOfCumulativeBallots() =>
        Assert.That(Describe(Convert(new BallotDesign(BallotType.Cumulative, TotalPoints: 10), "3:6,2:4")), Is.EqualTo("1: 2,3 [4,6]"));

    [Test]
    public void ListsRankedProjectsBestFirst() =>
        Assert.That(Describe(Convert(new BallotDesign(BallotType.Ranked, Ranks: 3), "2:3,5:1,1:2")), Is.EqualTo("1: 5,1,2"));

    [TestCase(BallotType.Approval, "min_length=1 max_length=3")]
    [TestCase(BallotType.Knapsack, "max_sum_cost=1000 min_sum_cost=250 max_length=3")]
    [TestCase(BallotType.Cumulative, "max_sum_points=10 max_points=4 min_sum_points=10")]
    [TestCase(BallotType.Ranked, "max_length=3 min_length=3")]
    [TestCase(BallotType.ChooseOne, "")]
    public void WritesLimitsAsPabulibMeta(BallotType type, string expected)
    {
        var rules = Rules(new BallotDesign(type, MinProjects: 1, MaxProjects: 3, MinShareBasisPoints: 2500,
            TotalPoints: 10, MaxPointsPerProject: 4, MustUseAllPoints: true, Ranks: 3));

        Assert.That(Meta(BallotProfile.ToElection(Box(), rules, [])), Is.EqualTo(expected));
    }

    [TestCase(BallotType.Knapsack, "5:1", "1:1,4:1")]
    [TestCase(BallotType.Cumulative, "1:10", "2:4,3:6")]
    [TestCase(BallotType.Ranked, "2:2,1:1", "5:1,4:2")]
    public void ReadsBackFromPabulibFile(BallotType type, string first, string second)
    {
        var election = Convert(new BallotDesign(type, TotalPoints: 10, Ranks: 2), first, second);
        using var text = new StringWriter();

        PabulibWriter.Write(election, text);
        var read = PabulibReader.Read(new StringReader(text.ToString()));

        Assert.Multiple(() =>
        {
            Assert.That(read.VoteType, Is.EqualTo(election.VoteType));
            Assert.That(Describe(read), Is.EqualTo(Describe(election)));
            Assert.That(Meta(read), Does.Contain(Meta(election)));
        });
    }

    [Test]
    public void RefusesBallotOfAnotherBox()
    {
        var rules = Rules(new BallotDesign(BallotType.ChooseOne));
        var foreign = new CanonicalBallot(DistrictBox with { DistrictId = 20 }, BallotType.ChooseOne, [new(1, 1)]);

        Assert.That(() => BallotProfile.ToElection(Box(), rules, [foreign]), Throws.ArgumentException);
    }

    [Test]
    public void RefusesBallotOfAnotherType()
    {
        var rules = Rules(new BallotDesign(BallotType.ChooseOne));
        var approval = new CanonicalBallot(DistrictBox, BallotType.Approval, [new(1, 1)]);

        Assert.That(() => BallotProfile.ToElection(Box(), rules, [approval]), Throws.ArgumentException);
    }
}
