namespace Budgeting.Core.Results;

/// <summary>
/// A tally of a closed process, frozen: the rule, why it was run, the canonical result data with its SHA-256, and the
/// Pabulib input of every box. Pages, files and the report all read a snapshot, so they show the same numbers.
/// Tallying again makes a new snapshot; publishing marks one, and only one, as the published result.
/// </summary>
public sealed class ResultSnapshot
{
    private readonly List<ResultInput> _inputs = [];

    private ResultSnapshot()
    {
        Rule = Reason = CreatedBy = Canonical = Sha256 = Comparisons = "";
    }

    public long Id { get; private set; }

    public int ProcessId { get; private set; }

    public string Rule { get; private set; }

    public string Reason { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string Canonical { get; private set; }

    public string Sha256 { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>What other rules would have funded, box by box (JSON: rule → box key → ids); not part of the hashed data.</summary>
    public string Comparisons { get; private set; }

    public IReadOnlyList<ResultInput> Inputs => _inputs;

    public static ResultSnapshot Take(int processId, string rule, string reason, string createdBy, DateTime nowUtc,
        string processName, string currency, IReadOnlyList<BoxOutcome> boxes,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> comparisons)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var canonical = CanonicalResult.Write(processId, processName, currency, rule, boxes);
        var snapshot = new ResultSnapshot
        {
            ProcessId = processId,
            Rule = rule,
            Reason = reason,
            CreatedBy = createdBy,
            CreatedAtUtc = nowUtc,
            Canonical = canonical,
            Sha256 = CanonicalResult.Hash(canonical),
            Comparisons = System.Text.Json.JsonSerializer.Serialize(comparisons),
        };
        snapshot._inputs.AddRange(boxes.Select(b => new ResultInput(b.BoxKey, b.Pabulib)));
        return snapshot;
    }

    public PublishedResult Result() => CanonicalResult.Read(Canonical);

    public IReadOnlyDictionary<string, Dictionary<string, List<string>>> ComparedRules() =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(Comparisons) ?? [];

    internal void MarkPublished(DateTime nowUtc) => PublishedAtUtc = nowUtc;
}

/// <summary>The anonymised ballots of one box as tallied, in Pabulib format.</summary>
public sealed class ResultInput
{
    private ResultInput()
    {
        BoxKey = Pabulib = "";
    }

    public ResultInput(string boxKey, string pabulib)
    {
        BoxKey = boxKey;
        Pabulib = pabulib;
    }

    public long Id { get; private set; }

    public long SnapshotId { get; private set; }

    public string BoxKey { get; private set; }

    public string Pabulib { get; private set; }
}
