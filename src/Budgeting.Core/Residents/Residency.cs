namespace Budgeting.Core.Residents;

/// <summary>
/// The district an account lives in, for one process (districts belong to a process). It decides which ballot the
/// resident sees; whether the resident may vote is the eligibility check's business.
/// </summary>
public sealed class Residency
{
    private Residency()
    {
        AccountId = "";
    }

    public Residency(string accountId, int processId, int districtId, DateTime declaredAtUtc)
    {
        AccountId = accountId;
        ProcessId = processId;
        DistrictId = districtId;
        DeclaredAtUtc = declaredAtUtc;
    }

    public long Id { get; private set; }

    public string AccountId { get; private set; }

    public int ProcessId { get; private set; }

    public int DistrictId { get; private set; }

    public DateTime DeclaredAtUtc { get; private set; }

    public void MoveTo(int districtId, DateTime nowUtc)
    {
        DistrictId = districtId;
        DeclaredAtUtc = nowUtc;
    }
}
