using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Voting;

public sealed class CumulativeBallotTests
{
    private const string Max = "9223372036854775807";

    private static readonly BallotDesign TenAllCappedAtFive =
        new(BallotType.Cumulative, TotalPoints: 10, MaxPointsPerProject: 5, MustUseAllPoints: true);

    [TestCase("1:5,2:5", ExpectedResult = "ok 1:5,2:5")]
    [TestCase("5:2,1:4,3:4", ExpectedResult = "ok 1:4,3:4,5:2")]
    [TestCase("1:2,2:2,3:2,4:2,5:2", ExpectedResult = "ok 1:2,2:2,3:2,4:2,5:2")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("1:5,2:4", ExpectedResult = "PointsNotSumming(10,9)")]
    [TestCase("1:5,2:5,3:1", ExpectedResult = "PointsNotSumming(10,11)")]
    [TestCase("1:6,2:4", ExpectedResult = "TooManyPointsOnOne(5)@1")]
    [TestCase("1:10", ExpectedResult = "TooManyPointsOnOne(5)@1")]
    [TestCase("1:0,2:5,3:5", ExpectedResult = "NegativeOrZeroPoints@1")]
    [TestCase("1:-5,2:5,3:5,4:5", ExpectedResult = "NegativeOrZeroPoints@1 PointsNotSumming(10,15)")]
    [TestCase("1:5,1:5", ExpectedResult = "DuplicateProject@1 PointsNotSumming(10,5)")]
    [TestCase("1:5,6:5", ExpectedResult = "ProjectNotOnBallot@6 PointsNotSumming(10,5)")]
    [TestCase("1:" + Max + ",2:" + Max, ExpectedResult = "TooManyPointsOnOne(5)@1 TooManyPointsOnOne(5)@2 PointsNotSumming(10," + Max + ")")]
    [TestCase("1:-" + Max + ",2:5,3:5", ExpectedResult = "NegativeOrZeroPoints@1")]
    public string ChecksPointsThatMustAddUp(string choices) => Outcome(TenAllCappedAtFive, choices);

    [TestCase("1:3", ExpectedResult = "ok 1:3")]
    [TestCase("1:10", ExpectedResult = "ok 1:10")]
    [TestCase("2:9,1:1", ExpectedResult = "ok 1:1,2:9")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("1:11", ExpectedResult = "TooManyPointsOnOne(10)@1 TooManyPoints(10,11)")]
    [TestCase("1:5,2:5,3:1", ExpectedResult = "TooManyPoints(10,11)")]
    [TestCase("1:" + Max + ",2:1", ExpectedResult = "TooManyPointsOnOne(10)@1 TooManyPoints(10," + Max + ")")]
    public string ChecksPointsUpToTotal(string choices) =>
        Outcome(new BallotDesign(BallotType.Cumulative, TotalPoints: 10), choices);
}
