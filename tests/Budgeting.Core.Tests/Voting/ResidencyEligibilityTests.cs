using Budgeting.Core.Residents;
using Budgeting.Core.Voting;

namespace Budgeting.Core.Tests.Voting;

public sealed class ResidencyEligibilityTests
{
    private static readonly DateTime Declared = new(2027, 1, 5, 0, 0, 0, DateTimeKind.Utc);

    [TestCase(1, 10, ExpectedResult = true)]
    [TestCase(1, null, ExpectedResult = true)]
    [TestCase(1, 20, ExpectedResult = false)]
    [TestCase(2, 10, ExpectedResult = false)]
    [TestCase(2, null, ExpectedResult = false)]
    public bool LetsResidentVoteInOwnDistrictAndCityWide(int processId, int? districtId) =>
        new ResidencyEligibility(new Residency("account-1", 1, 10, Declared)).MayVoteIn(new BallotBoxId(processId, districtId));

    [TestCase(10)]
    [TestCase(null)]
    public void RefusesVoterWithoutResidency(int? districtId) =>
        Assert.That(new ResidencyEligibility(null).MayVoteIn(new BallotBoxId(1, districtId)), Is.False);
}
