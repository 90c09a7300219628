using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Voting;

public sealed class ApprovalBallotTests
{
    private static readonly BallotDesign OneToThree = new(BallotType.Approval, MinProjects: 1, MaxProjects: 3);

    [TestCase("1:1", ExpectedResult = "ok 1:1")]
    [TestCase("3:1,1:1", ExpectedResult = "ok 1:1,3:1")]
    [TestCase("5:1,2:1,4:1", ExpectedResult = "ok 2:1,4:1,5:1")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("1:1,2:1,3:1,4:1", ExpectedResult = "TooMany(3)")]
    [TestCase("1:1,2:1,3:1,4:1,5:1", ExpectedResult = "TooMany(3)")]
    [TestCase("1:1,99:1", ExpectedResult = "ProjectNotOnBallot@99")]
    [TestCase("99:1", ExpectedResult = "ProjectNotOnBallot@99 TooFew(1)")]
    [TestCase("2:1,2:1", ExpectedResult = "DuplicateProject@2")]
    [TestCase("2:1,2:1,2:1,1:1", ExpectedResult = "DuplicateProject@2")]
    [TestCase("1:2", ExpectedResult = "InvalidMark@1")]
    [TestCase("1:0", ExpectedResult = "InvalidMark@1")]
    [TestCase("1:-1", ExpectedResult = "InvalidMark@1")]
    [TestCase("1:9223372036854775807", ExpectedResult = "InvalidMark@1")]
    [TestCase("1:1,2:1,3:1,4:1,4:1,-7:1", ExpectedResult = "DuplicateProject@4 ProjectNotOnBallot@-7 TooMany(3)")]
    public string ChecksOneToThreeProjects(string choices) => Outcome(OneToThree, choices);

    [TestCase("1:1,2:1", ExpectedResult = "ok 1:1,2:1")]
    [TestCase("1:1", ExpectedResult = "TooFew(2)")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("1:1,2:1,3:1", ExpectedResult = "TooMany(2)")]
    public string ChecksExactlyTwoProjects(string choices) =>
        Outcome(new BallotDesign(BallotType.Approval, MinProjects: 2, MaxProjects: 2), choices);

    [TestCase("", ExpectedResult = "ok ")]
    [TestCase("1:1,2:1,3:1,4:1,5:1", ExpectedResult = "ok 1:1,2:1,3:1,4:1,5:1")]
    [TestCase("4:1", ExpectedResult = "ok 4:1")]
    public string AcceptsBlankAndAnyNumberWithoutLimits(string choices) =>
        Outcome(new BallotDesign(BallotType.Approval), choices);
}
