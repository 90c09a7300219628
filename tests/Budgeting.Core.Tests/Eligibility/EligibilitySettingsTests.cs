using Budgeting.Core.Eligibility;
using Budgeting.Core.Processes;
using Budgeting.Core.Tests.Voting;
using static Budgeting.Core.Tests.Processes.Schedules;

namespace Budgeting.Core.Tests.Eligibility;

public sealed class EligibilitySettingsTests
{
    private static readonly Phase[] Open = [Phase.Draft, Phase.Proposals, Phase.Review];

    private static readonly Phase[] Frozen = [Phase.Voting, Phase.Closed];

    private static readonly EligibilityMode[] Modes = Enum.GetValues<EligibilityMode>();

    [Test]
    public void StartsWithResidentsAndOneKeyerPerEntry()
    {
        var settings = EligibilitySettings.For(7);

        Assert.Multiple(() =>
        {
            Assert.That(settings.ProcessId, Is.EqualTo(7));
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Residents));
            Assert.That(settings.AllowSameKeyerTwice, Is.False);
        });
    }

    [Test]
    public void DrawsADifferentThirtyTwoByteSaltForEachProcess()
    {
        var salts = Enumerable.Range(1, 20).Select(id => EligibilitySettings.For(id).Salt).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(salts.Select(s => s.Length), Is.All.EqualTo(32));
            Assert.That(salts.Select(Convert.ToHexString).Distinct().Count(), Is.EqualTo(salts.Count));
            Assert.That(salts.Select(s => s.Count(b => b == 0)), Is.All.LessThan(8));
        });
    }

    [Test]
    public void ChangesRulesBeforeVotingOpens([ValueSource(nameof(Open))] Phase phase, [ValueSource(nameof(Modes))] EligibilityMode mode)
    {
        var process = Entities.Process();
        var settings = EligibilitySettings.For(process.Id);
        var salt = settings.Salt.ToArray();

        var result = settings.Change(process, mode, allowSameKeyerTwice: true, During(phase));

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(DomainResult.Ok));
            Assert.That(settings.Mode, Is.EqualTo(mode));
            Assert.That(settings.AllowSameKeyerTwice, Is.True);
            Assert.That(settings.Salt, Is.EqualTo(salt));
        });
    }

    [Test]
    public void ChangesRulesBackAgain()
    {
        var process = Entities.Process();
        var settings = EligibilitySettings.For(process.Id);
        settings.Change(process, EligibilityMode.Codes, allowSameKeyerTwice: true, During(Phase.Draft));

        var result = settings.Change(process, EligibilityMode.Census, allowSameKeyerTwice: false, During(Phase.Review));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Census));
            Assert.That(settings.AllowSameKeyerTwice, Is.False);
        });
    }

    [Test]
    public void FreezesRulesOnceVotingOpens([ValueSource(nameof(Frozen))] Phase phase)
    {
        var process = Entities.Process();
        var settings = EligibilitySettings.For(process.Id);
        settings.Change(process, EligibilityMode.Census, allowSameKeyerTwice: false, During(Phase.Review));

        var result = settings.Change(process, EligibilityMode.Codes, allowSameKeyerTwice: true, During(phase));

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.RulesFrozen));
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Census));
            Assert.That(settings.AllowSameKeyerTwice, Is.False);
        });
    }

    [Test]
    public void FreezesRulesAtTheInstantVotingOpens()
    {
        var process = Entities.Process();
        var settings = EligibilitySettings.For(process.Id);

        var before = settings.Change(process, EligibilityMode.Census, false, VotingOpen.AddTicks(-1));
        var at = settings.Change(process, EligibilityMode.Codes, false, VotingOpen);

        Assert.Multiple(() =>
        {
            Assert.That(before.Succeeded, Is.True);
            Assert.That(at.Error, Is.EqualTo(DomainErrors.RulesFrozen));
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Census));
        });
    }

    [Test]
    public void FreezesRulesWhenVotingIsOpenedEarly()
    {
        var process = Entities.Process();
        var settings = EligibilitySettings.For(process.Id);
        var now = During(Phase.Review);
        process.OverridePhase(Phase.Voting, now, now.AddDays(3));

        var result = settings.Change(process, EligibilityMode.Codes, false, now);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.RulesFrozen));
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Residents));
        });
    }

    [Test]
    public void RefusesAnotherProcess()
    {
        var process = Entities.Process();
        var settings = EligibilitySettings.For(process.Id + 1);

        Assert.Multiple(() =>
        {
            Assert.That(() => settings.Change(process, EligibilityMode.Codes, false, During(Phase.Draft)), Throws.ArgumentException);
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Residents));
        });
    }

    [Test]
    public void RefusesMissingProcessAndUnknownMode()
    {
        var process = Entities.Process();
        var settings = EligibilitySettings.For(process.Id);

        Assert.Multiple(() =>
        {
            Assert.That(() => settings.Change(null!, EligibilityMode.Codes, false, During(Phase.Draft)), Throws.ArgumentNullException);
            Assert.That(() => settings.Change(process, (EligibilityMode)99, false, During(Phase.Draft)),
                Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(settings.Mode, Is.EqualTo(EligibilityMode.Residents));
        });
    }

    [TestCase(EligibilityMode.Residents, false, false, true)]
    [TestCase(EligibilityMode.Census, true, false, true)]
    [TestCase(EligibilityMode.Codes, false, true, false)]
    [TestCase(EligibilityMode.CensusOrCodes, true, true, true)]
    public void TellsWhatEachModeUses(EligibilityMode mode, bool census, bool codes, bool accounts) =>
        Assert.That((mode.UsesCensus(), mode.UsesCodes(), mode.AcceptsAccounts()), Is.EqualTo((census, codes, accounts)));
}
