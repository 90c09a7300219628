using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Voting;

public sealed class RankedBallotTests
{
    private static readonly BallotDesign TopThree = new(BallotType.Ranked, Ranks: 3);

    private static readonly BallotDesign UpToThree = new(BallotType.Ranked, Ranks: 3, AllowFewerRanks: true);

    [TestCase("4:1,2:2,5:3", ExpectedResult = "ok 4:1,2:2,5:3")]
    [TestCase("5:3,4:1,2:2", ExpectedResult = "ok 4:1,2:2,5:3")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("4:1,2:2", ExpectedResult = "TooFew(3)")]
    [TestCase("4:1,2:1,5:3", ExpectedResult = "DuplicateRank(1) RankGap(2)")]
    [TestCase("4:1,2:2,5:2", ExpectedResult = "DuplicateRank(2)")]
    [TestCase("4:1,2:3,5:4", ExpectedResult = "RankOutOfRange(3)@5 RankGap(2)")]
    [TestCase("4:0,2:1,5:2", ExpectedResult = "RankOutOfRange(3)@4")]
    [TestCase("4:-1,2:1,5:2", ExpectedResult = "RankOutOfRange(3)@4")]
    [TestCase("4:9223372036854775807,2:1,5:2", ExpectedResult = "RankOutOfRange(3)@4")]
    [TestCase("1:1,2:2,3:3,4:4", ExpectedResult = "RankOutOfRange(3)@4 TooMany(3)")]
    [TestCase("4:1,4:2,5:3", ExpectedResult = "DuplicateProject@4 TooFew(3) RankGap(2)")]
    [TestCase("4:1,2:2,9:3", ExpectedResult = "ProjectNotOnBallot@9 TooFew(3)")]
    public string ChecksExactlyThreeRanks(string choices) => Outcome(TopThree, choices);

    [TestCase("4:1", ExpectedResult = "ok 4:1")]
    [TestCase("5:2,4:1", ExpectedResult = "ok 4:1,5:2")]
    [TestCase("4:1,2:2,5:3", ExpectedResult = "ok 4:1,2:2,5:3")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("4:2", ExpectedResult = "RankGap(1)")]
    [TestCase("4:1,5:3", ExpectedResult = "RankGap(2)")]
    [TestCase("4:1,5:1", ExpectedResult = "DuplicateRank(1)")]
    public string ChecksUpToThreeRanks(string choices) => Outcome(UpToThree, choices);
}
