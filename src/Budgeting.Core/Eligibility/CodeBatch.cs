namespace Budgeting.Core.Eligibility;

/// <summary>
/// Codes generated together for one district. The codes themselves are kept only sealed (encrypted with a key outside
/// the database) so the organizer can download the sheet and the list again; redemption looks codes up by hash.
/// </summary>
public sealed class CodeBatch
{
    public const int MaxCount = 10_000;

    private CodeBatch()
    {
        SealedCodes = CreatedBy = "";
    }

    public CodeBatch(int processId, int districtId, int count, string sealedCodes, string createdBy, DateTime createdAtUtc)
    {
        ProcessId = processId;
        DistrictId = districtId;
        Count = count;
        SealedCodes = sealedCodes;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public int ProcessId { get; private set; }

    public int DistrictId { get; private set; }

    public int Count { get; private set; }

    public string SealedCodes { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}
