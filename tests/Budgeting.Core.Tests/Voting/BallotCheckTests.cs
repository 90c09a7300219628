using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Voting;

public sealed class BallotCheckTests
{
    private static readonly (BallotDesign Design, string Valid)[] ValidBallots =
    [
        (new BallotDesign(BallotType.Approval, MinProjects: 1, MaxProjects: 2), "1:1,2:1"),
        (new BallotDesign(BallotType.Knapsack, MinShareBasisPoints: 5000), "5:1"),
        (new BallotDesign(BallotType.Cumulative, TotalPoints: 10, MustUseAllPoints: true), "1:7,2:3"),
        (new BallotDesign(BallotType.Ranked, Ranks: 2), "2:1,1:2"),
        (new BallotDesign(BallotType.ChooseOne), "3:1"),
    ];

    private static IEnumerable<TestCaseData> EveryTypeInEveryPhase() =>
        from ballot in ValidBallots
        from phase in Enum.GetValues<Phase>()
        select new TestCaseData(ballot.Design, ballot.Valid, phase).Returns(phase switch
        {
            < Phase.Voting => "VotingNotOpen",
            Phase.Voting => "accepted",
            _ => "VotingClosed",
        });

    [TestCaseSource(nameof(EveryTypeInEveryPhase))]
    public string AcceptsValidBallotOnlyWhileVotingIsOpen(BallotDesign design, string choices, Phase phase)
    {
        var check = Rules(design).Check(Choices(choices), Box(), phase, Eligibility.Yes);
        return check.Accepted ? "accepted" : string.Join(" ", check.Errors);
    }

    private static IEnumerable<TestCaseData> EveryType() =>
        ValidBallots.Select(b => new TestCaseData(b.Design, b.Valid).SetArgDisplayNames(b.Design.Type.ToString()));

    [TestCaseSource(nameof(EveryType))]
    public void RejectsIneligibleVoterAfterAskingAboutThisBox(BallotDesign design, string choices)
    {
        var eligibility = new Eligibility(false);

        var check = Rules(design).Check(Choices(choices), Box(), Phase.Voting, eligibility);

        Assert.Multiple(() =>
        {
            Assert.That(check.Errors, Is.EqualTo(new[] { new BallotError(BallotErrors.NotEligible) }));
            Assert.That(check.Ballot, Is.Null);
            Assert.That(eligibility.Asked, Is.EqualTo(new[] { DistrictBox }));
        });
    }

    [TestCaseSource(nameof(EveryType))]
    public void RejectsProjectOfAnotherDistrict(BallotDesign design, string choices)
    {
        var otherDistrictsProject = new BallotChoice(6, 1);

        var check = Rules(design).Check([.. Choices(choices), otherDistrictsProject], Box(), Phase.Voting, Eligibility.Yes);

        Assert.That(check.Errors, Does.Contain(new BallotError(BallotErrors.ProjectNotOnBallot, projectId: 6)));
    }

    [TestCaseSource(nameof(EveryType))]
    public void RejectsSameProjectTwice(BallotDesign design, string choices)
    {
        var first = Choices(choices)[0];

        var check = Rules(design).Check([.. Choices(choices), first], Box(), Phase.Voting, Eligibility.Yes);

        Assert.That(check.Errors, Does.Contain(new BallotError(BallotErrors.DuplicateProject, projectId: first.ProjectId)));
    }

    [Test]
    public void ReportsEveryProblemAtOnce()
    {
        var rules = Rules(new BallotDesign(BallotType.Approval, MinProjects: 1, MaxProjects: 2));

        var check = rules.Check(Choices("1:1,2:1,3:1,9:1"), Box(), Phase.Closed, Eligibility.No);

        Assert.That(Describe(check), Is.EqualTo("VotingClosed NotEligible ProjectNotOnBallot@9 TooMany(2)"));
    }

    [Test]
    public void ReturnsBallotOfTheBoxAndType()
    {
        var rules = Rules(new BallotDesign(BallotType.Ranked, Ranks: 2));

        var check = rules.Check(Choices("2:2,4:1"), Box(), Phase.Voting, Eligibility.Yes);

        Assert.Multiple(() =>
        {
            Assert.That(check.Errors, Is.Empty);
            Assert.That(check.Ballot!.Box, Is.EqualTo(DistrictBox));
            Assert.That(check.Ballot.Type, Is.EqualTo(BallotType.Ranked));
            Assert.That(check.Ballot.Choices, Is.EqualTo(new[] { new BallotChoice(4, 1), new BallotChoice(2, 2) }));
        });
    }

    [Test]
    public void GivesSameBallotForSameVoteInAnyOrder()
    {
        var rules = Rules(new BallotDesign(BallotType.Cumulative, TotalPoints: 10));

        var first = rules.Check(Choices("3:5,1:2,2:3"), Box(), Phase.Voting, Eligibility.Yes).Ballot;
        var second = rules.Check(Choices("2:3,3:5,1:2"), Box(), Phase.Voting, Eligibility.Yes).Ballot;

        Assert.That(first, Is.EqualTo(second));
    }

    [TestCase(1000, 1200, ExpectedResult = true)]
    [TestCase(1000, 1201, ExpectedResult = false)]
    public bool ComparesErrorsByValue(long limit, long total)
    {
        var reported = new BallotError(BallotErrors.OverBudget, [1000, 1200]);
        return reported.Equals(new BallotError(BallotErrors.OverBudget, [limit, total]));
    }
}
