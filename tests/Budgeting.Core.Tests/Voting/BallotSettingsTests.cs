using Budgeting.Core.Processes;
using Budgeting.Core.Voting;
using static Budgeting.Core.Tests.Processes.Schedules;
using static Budgeting.Core.Tests.Voting.Entities;

namespace Budgeting.Core.Tests.Voting;

public sealed class BallotSettingsTests
{
    private static readonly BallotDesign Knapsack = new(BallotType.Knapsack, MinShareBasisPoints: 5000);

    [Test]
    public void StartsWithDefaultDesign()
    {
        var settings = BallotSettings.For(Process());

        Assert.Multiple(() =>
        {
            Assert.That(settings.ProcessId, Is.EqualTo(1));
            Assert.That(settings.Design, Is.EqualTo(BallotDesign.Default));
            Assert.That(settings.Rules.Type, Is.EqualTo(BallotType.Approval));
            Assert.That(settings.Rules.MinProjects, Is.EqualTo(1));
        });
    }

    [TestCase(Phase.Draft)]
    [TestCase(Phase.Proposals)]
    [TestCase(Phase.Review)]
    public void ChangesDesignBeforeVotingOpens(Phase phase)
    {
        var process = Process();
        var settings = BallotSettings.For(process);

        var errors = settings.Change(process, Knapsack with { Ranks = 3 }, During(phase));

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(settings.Design, Is.EqualTo(Knapsack));
        });
    }

    [TestCase(Phase.Voting)]
    [TestCase(Phase.Closed)]
    public void RefusesChangeOnceVotingHasOpened(Phase phase)
    {
        var process = Process();
        var settings = BallotSettings.For(process);

        var errors = settings.Change(process, Knapsack, During(phase));

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.EqualTo(new[] { new BallotError(DomainErrors.RulesFrozen) }));
            Assert.That(settings.Design, Is.EqualTo(BallotDesign.Default));
        });
    }

    [Test]
    public void RefusesChangeAtTheMomentVotingOpens()
    {
        var process = Process();
        var settings = BallotSettings.For(process);

        var errors = settings.Change(process, Knapsack, VotingOpen);

        Assert.That(errors, Is.EqualTo(new[] { new BallotError(DomainErrors.RulesFrozen) }));
    }

    [Test]
    public void KeepsDesignWhenNewOneIsInvalid()
    {
        var process = Process();
        var settings = BallotSettings.For(process);

        var errors = settings.Change(process, new BallotDesign(BallotType.Ranked, Ranks: 0), During(Phase.Review));

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.EqualTo(new[] { new BallotError(BallotErrors.ValueTooSmall, [1], field: nameof(BallotDesign.Ranks)) }));
            Assert.That(settings.Design, Is.EqualTo(BallotDesign.Default));
        });
    }

    [Test]
    public void RefusesAnotherProcess()
    {
        var settings = BallotSettings.For(Process());
        var other = Process();
        SetId(other, 2);

        Assert.That(() => settings.Change(other, Knapsack, During(Phase.Draft)), Throws.ArgumentException);
    }
}
