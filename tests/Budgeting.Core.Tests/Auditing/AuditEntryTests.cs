using Budgeting.Core.Auditing;

namespace Budgeting.Core.Tests.Auditing;

public sealed class AuditEntryTests
{
    [Test]
    public void KeepsWhoDidWhatWhenAndToWhichProcess()
    {
        var at = new DateTime(2027, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        var entry = new AuditEntry(at, "user-1", "ana@example.org", AuditActions.PhaseOverridden, 7, "Draft -> Voting");

        Assert.That((entry.AtUtc, entry.ActorId, entry.ActorName, entry.Action, entry.ProcessId, entry.Details),
            Is.EqualTo((at, "user-1", "ana@example.org", "PhaseOverridden", (int?)7, "Draft -> Voting")));
    }

    [Test]
    public void NamesEveryActionByItsOwnName()
    {
        var fields = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).ToList();

        Assert.That(fields.Select(f => (string)f.GetRawConstantValue()!), Is.EqualTo(fields.Select(f => f.Name)));
    }
}
