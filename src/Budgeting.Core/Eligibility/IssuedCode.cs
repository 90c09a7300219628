namespace Budgeting.Core.Eligibility;

/// <summary>
/// A voting code as stored: the HMAC of the code (never the code), its district and the batch it was printed in.
/// Whether it has voted, and on which channel, is its participation's business (voter key <see cref="VoterKey"/>).
/// </summary>
public sealed class IssuedCode
{
    private IssuedCode()
    {
        Hash = "";
    }

    public IssuedCode(int processId, int districtId, long batchId, string hash)
    {
        ProcessId = processId;
        DistrictId = districtId;
        BatchId = batchId;
        Hash = hash;
    }

    public long Id { get; private set; }

    public int ProcessId { get; private set; }

    public int DistrictId { get; private set; }

    public long BatchId { get; private set; }

    public string Hash { get; private set; }

    public string VoterKey => "code:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
