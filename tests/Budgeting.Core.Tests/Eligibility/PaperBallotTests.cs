using Budgeting.Core.Eligibility;

namespace Budgeting.Core.Tests.Eligibility;

public sealed class PaperBallotTests
{
    private static readonly DateTime FirstAt = new(2027, 3, 20, 18, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SecondAt = FirstAt.AddMinutes(5);
    private static readonly DateTime ResolvedAt = FirstAt.AddHours(1);

    private static readonly PaperReading Reading = new("1/10", PaperBallotKind.Valid, "3,7,12");

    private static readonly PaperReading[] DifferentReadings =
    [
        Reading with { Content = "3,7" },
        Reading with { Content = "3,7,12 " },
        Reading with { Kind = PaperBallotKind.Spoiled },
        Reading with { Kind = PaperBallotKind.Blank, Content = "" },
        Reading with { BoxKey = "1/city" },
        Reading with { BoxKey = "1/20" },
    ];

    [Test]
    public void AwaitsASecondEntryAfterTheFirst()
    {
        var ballot = KeyFirst();

        Assert.Multiple(() =>
        {
            Assert.That((ballot.ProcessId, ballot.Station, ballot.Folio), Is.EqualTo((1, "Casilla 12B", 4711)));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.AwaitingSecondEntry));
            Assert.That(ballot.First, Is.EqualTo(Reading));
            Assert.That((ballot.FirstKeyedBy, ballot.FirstKeyedAtUtc), Is.EqualTo(("ana", FirstAt)));
            Assert.That(ballot.Second, Is.Null);
            Assert.That(ballot.Counted, Is.Null);
            Assert.That((ballot.BoxKey, ballot.Kind, ballot.Content), Is.EqualTo(((string?)null, (PaperBallotKind?)null, (string?)null)));
        });
    }

    [Test]
    public void CountsTwoMatchingEntriesByDifferentKeyers()
    {
        var ballot = KeyFirst();

        var result = ballot.KeySecond(Reading with { }, "beto", allowSameKeyer: false, SecondAt);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(DomainResult.Ok));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.Counted));
            Assert.That(ballot.Counted, Is.EqualTo(Reading));
            Assert.That(ballot.Second, Is.EqualTo(Reading));
            Assert.That((ballot.SecondKeyedBy, ballot.SecondKeyedAtUtc), Is.EqualTo(("beto", (DateTime?)SecondAt)));
            Assert.That(ballot.ResolvedBy, Is.Null);
        });
    }

    [TestCase(PaperBallotKind.Blank)]
    [TestCase(PaperBallotKind.Spoiled)]
    public void CountsMatchingBlankOrSpoiledBallots(PaperBallotKind kind)
    {
        var reading = new PaperReading("1/city", kind, "");
        var ballot = PaperBallot.KeyFirst(1, "Casilla 12B", 4711, reading, "ana", FirstAt);

        ballot.KeySecond(reading, "beto", allowSameKeyer: false, SecondAt);

        Assert.That(ballot.Counted, Is.EqualTo(reading));
    }

    [Test]
    public void RefusesTheSameKeyerTwice()
    {
        var ballot = KeyFirst();

        var result = ballot.KeySecond(Reading, "ana", allowSameKeyer: false, SecondAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.SameKeyer));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.AwaitingSecondEntry));
            Assert.That(ballot.Second, Is.Null);
            Assert.That(ballot.SecondKeyedBy, Is.Null);
            Assert.That(ballot.Counted, Is.Null);
        });
    }

    [Test]
    public void RefusesTheSameKeyerBeforeComparingReadings()
    {
        var ballot = KeyFirst();

        var result = ballot.KeySecond(DifferentReadings[0], "ana", allowSameKeyer: false, SecondAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.SameKeyer));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.AwaitingSecondEntry));
        });
    }

    [Test]
    public void LetsTheSameKeyerEnterTwiceWhereAllowed()
    {
        var ballot = KeyFirst();

        var result = ballot.KeySecond(Reading, "ana", allowSameKeyer: true, SecondAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(ballot.Counted, Is.EqualTo(Reading));
            Assert.That(ballot.SecondKeyedBy, Is.EqualTo("ana"));
        });
    }

    [TestCaseSource(nameof(DifferentReadings))]
    public void DisputesDifferingEntriesAndKeepsBoth(PaperReading second)
    {
        var ballot = KeyFirst();

        var result = ballot.KeySecond(second, "beto", allowSameKeyer: false, SecondAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.Disputed));
            Assert.That(ballot.First, Is.EqualTo(Reading));
            Assert.That(ballot.Second, Is.EqualTo(second));
            Assert.That(ballot.Counted, Is.Null);
            Assert.That((ballot.BoxKey, ballot.Kind, ballot.Content), Is.EqualTo(((string?)null, (PaperBallotKind?)null, (string?)null)));
        });
    }

    [Test]
    public void RefusesASecondEntryOnceCounted()
    {
        var ballot = KeyFirst();
        ballot.KeySecond(Reading, "beto", allowSameKeyer: false, SecondAt);

        var result = ballot.KeySecond(DifferentReadings[0], "carla", allowSameKeyer: false, ResolvedAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.PaperBallotComplete));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.Counted));
            Assert.That(ballot.Second, Is.EqualTo(Reading));
            Assert.That(ballot.SecondKeyedBy, Is.EqualTo("beto"));
            Assert.That(ballot.Counted, Is.EqualTo(Reading));
        });
    }

    [Test]
    public void RefusesAThirdEntryOnADisputedBallot()
    {
        var ballot = KeyFirst();
        ballot.KeySecond(DifferentReadings[0], "beto", allowSameKeyer: false, SecondAt);

        var result = ballot.KeySecond(Reading, "carla", allowSameKeyer: false, ResolvedAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.PaperBallotComplete));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.Disputed));
            Assert.That(ballot.Second, Is.EqualTo(DifferentReadings[0]));
            Assert.That(ballot.Counted, Is.Null);
        });
    }

    [Test]
    public void CountsTheSupervisorsReadingOfADisputedBallot()
    {
        var ballot = KeyFirst();
        ballot.KeySecond(DifferentReadings[0], "beto", allowSameKeyer: false, SecondAt);
        var supervisors = new PaperReading("1/10", PaperBallotKind.Valid, "7,12");

        var result = ballot.Resolve(supervisors, "supervisora", ResolvedAt);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(DomainResult.Ok));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.Counted));
            Assert.That(ballot.Counted, Is.EqualTo(supervisors));
            Assert.That((ballot.ResolvedBy, ballot.ResolvedAtUtc), Is.EqualTo(("supervisora", (DateTime?)ResolvedAt)));
            Assert.That(ballot.First, Is.EqualTo(Reading));
            Assert.That(ballot.Second, Is.EqualTo(DifferentReadings[0]));
        });
    }

    [Test]
    public void RefusesToResolveABallotAwaitingItsSecondEntry()
    {
        var ballot = KeyFirst();

        var result = ballot.Resolve(Reading, "supervisora", ResolvedAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.PaperBallotNotDisputed));
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.AwaitingSecondEntry));
            Assert.That(ballot.Counted, Is.Null);
            Assert.That(ballot.ResolvedBy, Is.Null);
        });
    }

    [Test]
    public void RefusesToResolveACountedBallot()
    {
        var ballot = KeyFirst();
        ballot.KeySecond(Reading, "beto", allowSameKeyer: false, SecondAt);

        var result = ballot.Resolve(DifferentReadings[2], "supervisora", ResolvedAt);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.PaperBallotNotDisputed));
            Assert.That(ballot.Counted, Is.EqualTo(Reading));
            Assert.That(ballot.ResolvedBy, Is.Null);
        });
    }

    [Test]
    public void RefusesToResolveTwice()
    {
        var ballot = KeyFirst();
        ballot.KeySecond(DifferentReadings[0], "beto", allowSameKeyer: false, SecondAt);
        ballot.Resolve(Reading, "supervisora", ResolvedAt);

        var result = ballot.Resolve(DifferentReadings[0], "otro", ResolvedAt.AddMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.PaperBallotNotDisputed));
            Assert.That(ballot.Counted, Is.EqualTo(Reading));
            Assert.That(ballot.ResolvedBy, Is.EqualTo("supervisora"));
        });
    }

    [Test]
    public void RefusesMissingReadings()
    {
        var ballot = KeyFirst();

        Assert.Multiple(() =>
        {
            Assert.That(() => PaperBallot.KeyFirst(1, "Casilla 12B", 1, null!, "ana", FirstAt), Throws.ArgumentNullException);
            Assert.That(() => ballot.KeySecond(null!, "beto", false, SecondAt), Throws.ArgumentNullException);
            Assert.That(() => ballot.Resolve(null!, "supervisora", ResolvedAt), Throws.ArgumentNullException);
            Assert.That(ballot.Status, Is.EqualTo(PaperBallotStatus.AwaitingSecondEntry));
        });
    }

    private static PaperBallot KeyFirst() => PaperBallot.KeyFirst(1, "Casilla 12B", 4711, Reading, "ana", FirstAt);
}
