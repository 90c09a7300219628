using Budgeting.Core.Processes;
using static Budgeting.Core.Tests.Processes.Schedules;

namespace Budgeting.Core.Tests.Processes;

public sealed class PhaseScheduleTests
{
    private static readonly Phase[] Settable = [Phase.Proposals, Phase.Review, Phase.Voting, Phase.Closed];

    private static readonly Phase[] Clocked = [Phase.Draft, Phase.Proposals, Phase.Review, Phase.Voting, Phase.Closed];

    [TestCase("2026-12-31T23:59:59", Phase.Draft)]
    [TestCase("2027-01-01T00:00:00", Phase.Proposals)]
    [TestCase("2027-01-31T23:59:59", Phase.Proposals)]
    [TestCase("2027-02-01T00:00:00", Phase.Review)]
    [TestCase("2027-03-01T00:00:00", Phase.Voting)]
    [TestCase("2027-03-31T23:59:59", Phase.Voting)]
    [TestCase("2027-04-01T00:00:00", Phase.Closed)]
    [TestCase("2030-01-01T00:00:00", Phase.Closed)]
    public void PhaseAtFollowsTheBoundaries(string instant, Phase expected)
    {
        var utc = DateTime.SpecifyKind(DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        Assert.That(Standard.PhaseAt(utc), Is.EqualTo(expected));
    }

    [Test]
    public void IsOrderedOnlyWhenEveryDateFollowsThePreviousOne()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Standard.IsOrdered, Is.True);
            Assert.That((Standard with { ReviewOpenUtc = ProposalsOpen }).IsOrdered, Is.False);
            Assert.That((Standard with { VotingCloseUtc = VotingOpen.AddTicks(-1) }).IsOrdered, Is.False);
            Assert.That((Standard with { ProposalsOpenUtc = VotingClose }).IsOrdered, Is.False);
        });
    }

    [TestCase(Phase.Draft, null, "2027-01-01")]
    [TestCase(Phase.Proposals, "2027-01-01", "2027-02-01")]
    [TestCase(Phase.Review, "2027-02-01", "2027-03-01")]
    [TestCase(Phase.Voting, "2027-03-01", "2027-04-01")]
    [TestCase(Phase.Closed, "2027-04-01", null)]
    [TestCase(Phase.Published, null, null)]
    public void KnowsWhenEachPhaseStartsAndEnds(Phase phase, string? start, string? end)
    {
        static DateTime? Parse(string? s) => s is null
            ? null
            : DateTime.SpecifyKind(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        Assert.Multiple(() =>
        {
            Assert.That(Standard.StartOf(phase), Is.EqualTo(Parse(start)));
            Assert.That(Standard.EndOf(phase), Is.EqualTo(Parse(end)));
        });
    }

    [Test]
    public void MovesToAnySettablePhaseFromAnyPhaseAndKeepsDatesOrdered(
        [ValueSource(nameof(Clocked))] Phase current,
        [ValueSource(nameof(Settable))] Phase target)
    {
        var now = During(current);
        var until = now.AddDays(10);

        var moved = Standard.MoveTo(target, now, until);

        Assert.Multiple(() =>
        {
            Assert.That(moved.IsOrdered, Is.True, moved.ToString());
            Assert.That(moved.PhaseAt(now), Is.EqualTo(target), moved.ToString());
            if (target != Phase.Closed)
            {
                Assert.That(moved.EndOf(target), Is.EqualTo(until));
            }
            Assert.That(moved.PhaseAt(now.AddTicks(-1)), Is.LessThanOrEqualTo(target));
        });
    }

    [Test]
    public void OpensProposalsEarlyWithoutTouchingLaterDates()
    {
        var now = During(Phase.Draft);

        var moved = Standard.MoveTo(Phase.Proposals, now, ReviewOpen);

        Assert.That(moved, Is.EqualTo(Standard with { ProposalsOpenUtc = now }));
    }

    [Test]
    public void ExtendsVotingByMovingOnlyTheClose()
    {
        var now = During(Phase.Voting);
        var later = VotingClose.AddDays(7);

        var moved = Standard.MoveTo(Phase.Voting, now, later);

        Assert.That(moved, Is.EqualTo(Standard with { VotingCloseUtc = later }));
    }

    [Test]
    public void ReopensReviewFromVotingAndPushesVotingBack()
    {
        var now = During(Phase.Voting);
        var reviewEnds = VotingClose.AddDays(5);

        var moved = Standard.MoveTo(Phase.Review, now, reviewEnds);

        Assert.Multiple(() =>
        {
            Assert.That(moved.ProposalsOpenUtc, Is.EqualTo(ProposalsOpen));
            Assert.That(moved.ReviewOpenUtc, Is.EqualTo(ReviewOpen));
            Assert.That(moved.VotingOpenUtc, Is.EqualTo(reviewEnds));
            Assert.That(moved.VotingCloseUtc, Is.GreaterThan(reviewEnds));
        });
    }

    [Test]
    public void ReopensVotingAfterTheClose()
    {
        var now = During(Phase.Closed);
        var until = now.AddDays(2);

        var moved = Standard.MoveTo(Phase.Voting, now, until);

        Assert.That(moved, Is.EqualTo(Standard with { VotingCloseUtc = until }));
    }

    [Test]
    public void ClosesVotingEarlyAtNow()
    {
        var now = During(Phase.Voting);

        var moved = Standard.MoveTo(Phase.Closed, now, now.AddYears(-5));

        Assert.That(moved, Is.EqualTo(Standard with { VotingCloseUtc = now }));
    }

    [Test]
    public void ClosingFromDraftPullsEveryEarlierDateBeforeNow()
    {
        var now = During(Phase.Draft);

        var moved = Standard.MoveTo(Phase.Closed, now, now);

        Assert.Multiple(() =>
        {
            Assert.That(moved.VotingCloseUtc, Is.EqualTo(now));
            Assert.That(moved.IsOrdered, Is.True);
            Assert.That(moved.PhaseAt(now), Is.EqualTo(Phase.Closed));
        });
    }

    [TestCase(Phase.Draft)]
    [TestCase(Phase.Published)]
    [TestCase((Phase)42)]
    public void RefusesToMoveToAPhaseNoDateStarts(Phase target) =>
        Assert.That(() => Standard.MoveTo(target, During(Phase.Review), During(Phase.Closed)), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase(0)]
    [TestCase(-1)]
    public void RefusesAnEndThatIsNotAfterNow(int days)
    {
        var now = During(Phase.Review);

        Assert.That(() => Standard.MoveTo(Phase.Voting, now, now.AddDays(days)), Throws.ArgumentException);
    }
}
