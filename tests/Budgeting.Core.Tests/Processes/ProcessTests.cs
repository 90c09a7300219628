using System.Reflection;
using Budgeting.Core.Processes;
using static Budgeting.Core.Tests.Processes.Schedules;

namespace Budgeting.Core.Tests.Processes;

public sealed class ProcessTests
{
    private static readonly Phase[] Open = [Phase.Draft, Phase.Proposals, Phase.Review];

    private static readonly Phase[] Frozen = [Phase.Voting, Phase.Closed];

    [Test]
    public void CreatesProcessWithTrimmedText()
    {
        var process = Process.Create(Details("  Presupuesto 2027  ") with { Description = "  Texto \n" });

        Assert.Multiple(() =>
        {
            Assert.That(process.Name, Is.EqualTo("Presupuesto 2027"));
            Assert.That(process.Description, Is.EqualTo("Texto"));
            Assert.That(process.Schedule, Is.EqualTo(Standard));
            Assert.That(process.Districts, Is.Empty);
        });
    }

    [Test]
    public void RefusesScheduleOutOfOrder() =>
        Assert.That(() => Process.Create(Details(schedule: Standard with { VotingCloseUtc = VotingOpen })), Throws.ArgumentException);

    [TestCase("Santa Úrsula Coapa", "Santa Úrsula Coapa")]
    [TestCase("Santa Úrsula Coapa", "santa úrsula coapa")]
    [TestCase("Santa Úrsula Coapa", "SANTA URSULA COAPA")]
    [TestCase("Santa Úrsula Coapa", "  Santa Ursula Coapa ")]
    [TestCase("Barrio de San Lucas", "barrio de san lúcas")]
    [TestCase("Ñuñoa", "nunoa")]
    public void RefusesDuplicateDistrictName(string existing, string duplicate)
    {
        var process = Process.Create(Details());
        process.AddDistrict(existing, 1000, During(Phase.Draft));

        var result = process.AddDistrict(duplicate, 2000, During(Phase.Draft));

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.DuplicateDistrictName));
            Assert.That(process.Districts.Select(d => d.Name), Is.EqualTo(new[] { existing }));
        });
    }

    [TestCase("Santa Úrsula Coapa", "Santa Úrsula Xitla")]
    [TestCase("San Lucas", "San Lucas Norte")]
    public void AcceptsDifferentDistrictNames(string first, string second)
    {
        var process = Process.Create(Details());
        process.AddDistrict(first, 1000, During(Phase.Draft));

        var result = process.AddDistrict(second, 2000, During(Phase.Draft));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(process.Districts.Select(d => d.Name), Is.EqualTo(new[] { first, second }));
        });
    }

    [Test]
    public void StoresTrimmedDistrictName()
    {
        var process = Process.Create(Details());

        process.AddDistrict("  Coyoacán  ", 1000, During(Phase.Draft));

        Assert.That(process.Districts.Single().Name, Is.EqualTo("Coyoacán"));
    }

    [Test]
    public void ChangesDistrictsUntilVotingOpens([ValueSource(nameof(Open))] Phase phase)
    {
        var process = Process.Create(Details());

        var result = process.AddDistrict("Coyoacán", 1000, During(phase));

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void FreezesDistrictsOnceVotingOpens([ValueSource(nameof(Frozen))] Phase phase)
    {
        var process = Process.Create(Details());
        process.AddDistrict("Coyoacán", 1000, During(Phase.Draft));

        var added = process.AddDistrict("Tlalpan", 2000, During(phase));

        Assert.Multiple(() =>
        {
            Assert.That(process.AreRulesFrozen(During(phase)), Is.True);
            Assert.That(added.Error, Is.EqualTo(DomainErrors.RulesFrozen));
            Assert.That(process.Districts.Select(d => (d.Name, d.Budget)), Is.EqualTo(new[] { ("Coyoacán", 1000L) }));
        });
    }

    [TestCase("currency")]
    [TestCase("cityWide")]
    public void FreezesBudgetRulesOnceVotingOpens(string change)
    {
        var process = Process.Create(Details(cityWide: 5000));
        var details = change == "currency" ? Details(cityWide: 5000, currency: "USD") : Details(cityWide: 6000);

        var result = process.Update(details, During(Phase.Voting));

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.RulesFrozen));
            Assert.That(process.CurrencyCode, Is.EqualTo("MXN"));
            Assert.That(process.CityWideBudget, Is.EqualTo(5000));
        });
    }

    [Test]
    public void RenamesProcessWhileVotingIsOpen()
    {
        var process = Process.Create(Details(cityWide: 5000));

        var result = process.Update(Details("Nuevo nombre", cityWide: 5000), During(Phase.Voting));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(process.Name, Is.EqualTo("Nuevo nombre"));
        });
    }

    [Test]
    public void UpdatesDistrictAndKeepsItsOwnNameInAnotherCase()
    {
        var process = Process.Create(Details());
        process.AddDistrict("Coyoacán", 1000, During(Phase.Draft));

        var result = process.UpdateDistrict(process.Districts[0].Id, "COYOACÁN", 3000, During(Phase.Review));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(process.Districts.Select(d => (d.Name, d.Budget)), Is.EqualTo(new[] { ("COYOACÁN", 3000L) }));
        });
    }

    [Test]
    public void RefusesUnknownDistrict()
    {
        var process = Process.Create(Details());

        Assert.Multiple(() =>
        {
            Assert.That(process.UpdateDistrict(99, "X", 1, During(Phase.Draft)).Error, Is.EqualTo(DomainErrors.DistrictNotFound));
            Assert.That(process.RemoveDistrict(99, During(Phase.Draft)).Error, Is.EqualTo(DomainErrors.DistrictNotFound));
            Assert.That(process.RenameCategory(99, "X").Error, Is.EqualTo(DomainErrors.CategoryNotFound));
            Assert.That(process.RemoveCategory(99).Error, Is.EqualTo(DomainErrors.CategoryNotFound));
        });
    }

    [TestCase("Alumbrado", "alumbrado")]
    [TestCase("Áreas verdes", "AREAS VERDES ")]
    public void RefusesDuplicateCategoryName(string existing, string duplicate)
    {
        var process = Process.Create(Details());
        process.AddCategory(existing);

        var result = process.AddCategory(duplicate);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(DomainErrors.DuplicateCategoryName));
            Assert.That(process.Categories, Has.Count.EqualTo(1));
        });
    }

    [TestCase(Phase.Draft)]
    [TestCase(Phase.Review)]
    [TestCase(Phase.Voting)]
    [TestCase(Phase.Closed)]
    public void ReportsThePhaseFromTheSchedule(Phase phase) =>
        Assert.That(Process.Create(Details()).PhaseAt(During(phase)), Is.EqualTo(phase));

    [Test]
    public void OverridesThePhase()
    {
        var process = Process.Create(Details());
        var now = During(Phase.Draft);

        var result = process.OverridePhase(Phase.Voting, now, now.AddDays(3));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(process.PhaseAt(now), Is.EqualTo(Phase.Voting));
            Assert.That(process.AreRulesFrozen(now), Is.True);
        });
    }

    [TestCase("Update")]
    [TestCase("OverridePhase")]
    [TestCase("AddDistrict")]
    [TestCase("UpdateDistrict")]
    [TestCase("RemoveDistrict")]
    [TestCase("AddCategory")]
    [TestCase("RenameCategory")]
    [TestCase("RemoveCategory")]
    public void PublishedProcessRefusesChanges(string operation)
    {
        var process = Process.Create(Details());
        process.AddDistrict("Coyoacán", 1000, During(Phase.Draft));
        process.AddCategory("Alumbrado");
        Publish(process, During(Phase.Closed));
        var before = Snapshot(process);
        var now = During(Phase.Closed).AddDays(1);

        var result = operation switch
        {
            "Update" => process.Update(Details("Otro nombre"), now),
            "OverridePhase" => process.OverridePhase(Phase.Voting, now, now.AddDays(1)),
            "AddDistrict" => process.AddDistrict("Tlalpan", 1, now),
            "UpdateDistrict" => process.UpdateDistrict(process.Districts[0].Id, "Otra", 2, now),
            "RemoveDistrict" => process.RemoveDistrict(process.Districts[0].Id, now),
            "AddCategory" => process.AddCategory("Parques"),
            "RenameCategory" => process.RenameCategory(process.Categories[0].Id, "Luz"),
            "RemoveCategory" => process.RemoveCategory(process.Categories[0].Id),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.Multiple(() =>
        {
            Assert.That(process.PhaseAt(now), Is.EqualTo(Phase.Published));
            Assert.That(result.Succeeded, Is.False, operation);
            Assert.That(Snapshot(process), Is.EqualTo(before));
        });
    }

    [Test]
    public void DomainResultCarriesTheError()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DomainResult.Ok.Succeeded, Is.True);
            Assert.That(DomainResult.Fail(DomainErrors.RulesFrozen).Succeeded, Is.False);
            Assert.That(DomainResult.Fail(DomainErrors.RulesFrozen).Error, Is.EqualTo(DomainErrors.RulesFrozen));
        });
    }

    /// <summary>Core has no way to publish yet (results come later), so the tests set the date the database would hold.</summary>
    private static void Publish(Process process, DateTime atUtc) =>
        typeof(Process).GetProperty(nameof(Process.PublishedAtUtc), BindingFlags.Public | BindingFlags.Instance)!
            .SetValue(process, atUtc);

    private static string Snapshot(Process p) =>
        $"{p.Name}|{p.Schedule}|{string.Join(",", p.Districts.Select(d => $"{d.Name}:{d.Budget}"))}|{string.Join(",", p.Categories.Select(c => c.Name))}";
}
