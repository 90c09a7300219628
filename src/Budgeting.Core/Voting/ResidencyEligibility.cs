using Budgeting.Core.Residents;

namespace Budgeting.Core.Voting;

/// <summary>
/// A signed-in resident may vote in the ballot box of the district they live in and in the city-wide box of the same
/// process; someone with no residency in the process (null) may vote in neither.
/// </summary>
public sealed class ResidencyEligibility(Residency? residency) : IVoterEligibility
{
    public bool MayVoteIn(BallotBoxId box) =>
        residency is not null
        && residency.ProcessId == box.ProcessId
        && (box.DistrictId is null || box.DistrictId == residency.DistrictId);
}
