namespace Budgeting.Core.Eligibility;

/// <summary>
/// One person of a process's census: the HMAC of their identifier (never the identifier), their district, and the one
/// account matched to them, if any.
/// </summary>
public sealed class CensusEntry
{
    private CensusEntry()
    {
        IdentifierHash = "";
    }

    public CensusEntry(int processId, int districtId, string identifierHash, DateTime importedAtUtc)
    {
        ProcessId = processId;
        DistrictId = districtId;
        IdentifierHash = identifierHash;
        ImportedAtUtc = importedAtUtc;
    }

    public long Id { get; private set; }

    public int ProcessId { get; private set; }

    public int DistrictId { get; private set; }

    public string IdentifierHash { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }

    public string? AccountId { get; private set; }

    public DateTime? ClaimedAtUtc { get; private set; }

    public string VoterKey => "census:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Matches the entry to an account; refused when another account has it already.</summary>
    public DomainResult Claim(string accountId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        if (AccountId is not null)
        {
            return AccountId == accountId ? DomainResult.Ok : DomainResult.Fail(DomainErrors.CensusEntryTaken);
        }
        AccountId = accountId;
        ClaimedAtUtc = nowUtc;
        return DomainResult.Ok;
    }
}
