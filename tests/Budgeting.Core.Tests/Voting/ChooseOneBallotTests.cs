using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Voting.Ballots;

namespace Budgeting.Core.Tests.Voting;

public sealed class ChooseOneBallotTests
{
    private static readonly BallotDesign ChooseOne = new(BallotType.ChooseOne);

    [TestCase("3:1", ExpectedResult = "ok 3:1")]
    [TestCase("", ExpectedResult = "Empty")]
    [TestCase("3:1,4:1", ExpectedResult = "TooMany(1)")]
    [TestCase("3:1,3:1", ExpectedResult = "DuplicateProject@3")]
    [TestCase("9:1", ExpectedResult = "ProjectNotOnBallot@9")]
    [TestCase("3:2", ExpectedResult = "InvalidMark@3")]
    [TestCase("3:0", ExpectedResult = "InvalidMark@3")]
    public string ChecksOneProject(string choices) => Outcome(ChooseOne, choices);
}
