namespace Budgeting.Core.Eligibility;

public enum PaperBallotKind
{
    Valid,
    Blank,
    Spoiled,
}

public enum PaperBallotStatus
{
    AwaitingSecondEntry,
    Counted,
    Disputed,
}

/// <summary>What a poll worker read on a paper ballot: its box, whether it is valid, blank or spoiled, and the canonical choices.</summary>
public sealed record PaperReading(string BoxKey, PaperBallotKind Kind, string Content);

/// <summary>
/// One paper ballot, identified by its polling station and folio (the serial number printed on it), keyed in twice.
/// Two matching entries by different poll workers (or by one, where the process allows it) make it count; two that
/// differ send it to a supervisor, whose reading counts. Until it counts, nothing of it is in the ballot box.
/// </summary>
public sealed class PaperBallot
{
    public const int MaxStationLength = 40;

    private PaperBallot()
    {
        Station = FirstBoxKey = FirstContent = FirstKeyedBy = "";
    }

    public long Id { get; private set; }

    public int ProcessId { get; private set; }

    public string Station { get; private set; }

    public int Folio { get; private set; }

    public PaperBallotStatus Status { get; private set; }

    public string FirstBoxKey { get; private set; }

    public PaperBallotKind FirstKind { get; private set; }

    public string FirstContent { get; private set; }

    public string FirstKeyedBy { get; private set; }

    public DateTime FirstKeyedAtUtc { get; private set; }

    public string? SecondBoxKey { get; private set; }

    public PaperBallotKind? SecondKind { get; private set; }

    public string? SecondContent { get; private set; }

    public string? SecondKeyedBy { get; private set; }

    public DateTime? SecondKeyedAtUtc { get; private set; }

    public string? ResolvedBy { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    /// <summary>The reading that counts, once <see cref="Status"/> is <see cref="PaperBallotStatus.Counted"/>.</summary>
    public string? BoxKey { get; private set; }

    public PaperBallotKind? Kind { get; private set; }

    public string? Content { get; private set; }

    /// <summary>Bumped by every change, so two poll workers completing the same ballot at once cannot both succeed.</summary>
    public int Version { get; private set; }

    public PaperReading First => new(FirstBoxKey, FirstKind, FirstContent);

    public PaperReading? Second => SecondBoxKey is null ? null : new(SecondBoxKey, SecondKind!.Value, SecondContent!);

    public PaperReading? Counted => Status == PaperBallotStatus.Counted ? new(BoxKey!, Kind!.Value, Content!) : null;

    public static PaperBallot KeyFirst(int processId, string station, int folio, PaperReading reading, string keyer, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentException.ThrowIfNullOrWhiteSpace(station);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(station.Length, MaxStationLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(folio);
        return new PaperBallot
        {
            ProcessId = processId,
            Station = station,
            Folio = folio,
            Status = PaperBallotStatus.AwaitingSecondEntry,
            FirstBoxKey = reading.BoxKey,
            FirstKind = reading.Kind,
            FirstContent = reading.Content,
            FirstKeyedBy = keyer,
            FirstKeyedAtUtc = nowUtc,
        };
    }

    /// <summary>The second entry: the ballot counts when it matches the first, and goes to a supervisor when not.</summary>
    public DomainResult KeySecond(PaperReading reading, string keyer, bool allowSameKeyer, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (Status != PaperBallotStatus.AwaitingSecondEntry)
        {
            return DomainResult.Fail(DomainErrors.PaperBallotComplete);
        }
        if (keyer == FirstKeyedBy && !allowSameKeyer)
        {
            return DomainResult.Fail(DomainErrors.SameKeyer);
        }
        Version++;
        (SecondBoxKey, SecondKind, SecondContent, SecondKeyedBy, SecondKeyedAtUtc) =
            (reading.BoxKey, reading.Kind, reading.Content, keyer, nowUtc);
        if (reading == First)
        {
            Count(reading);
        }
        else
        {
            Status = PaperBallotStatus.Disputed;
        }
        return DomainResult.Ok;
    }

    /// <summary>A supervisor's reading of a disputed ballot, which counts.</summary>
    public DomainResult Resolve(PaperReading reading, string supervisor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (Status != PaperBallotStatus.Disputed)
        {
            return DomainResult.Fail(DomainErrors.PaperBallotNotDisputed);
        }
        Version++;
        ResolvedBy = supervisor;
        ResolvedAtUtc = nowUtc;
        Count(reading);
        return DomainResult.Ok;
    }

    private void Count(PaperReading reading)
    {
        Status = PaperBallotStatus.Counted;
        (BoxKey, Kind, Content) = (reading.BoxKey, reading.Kind, reading.Content);
    }
}
