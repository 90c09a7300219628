using Budgeting.Core.Eligibility;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Tests.Eligibility;

public sealed class DistrictEligibilityTests
{
    [TestCase(1, 10, ExpectedResult = true)]
    [TestCase(1, null, ExpectedResult = true)]
    [TestCase(1, 20, ExpectedResult = false)]
    [TestCase(2, 10, ExpectedResult = false)]
    [TestCase(2, null, ExpectedResult = false)]
    [TestCase(10, 1, ExpectedResult = false)]
    public bool LetsVoterVoteInOwnDistrictAndCityWide(int processId, int? districtId) =>
        new DistrictEligibility(1, 10).MayVoteIn(new BallotBoxId(processId, districtId));

    [TestCase(1, 10)]
    [TestCase(1, null)]
    [TestCase(2, 20)]
    [TestCase(0, null)]
    public void LetsNobodyVoteWithoutEligibility(int processId, int? districtId) =>
        Assert.That(NoEligibility.Instance.MayVoteIn(new BallotBoxId(processId, districtId)), Is.False);
}
