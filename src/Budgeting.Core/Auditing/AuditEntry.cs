namespace Budgeting.Core.Auditing;

/// <summary>One line of the audit log: who did what, when, and to which process.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ActorId = ActorName = Action = Details = "";
    }

    public AuditEntry(DateTime atUtc, string actorId, string actorName, string action, int? processId, string details)
    {
        AtUtc = atUtc;
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        ProcessId = processId;
        Details = details;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string Action { get; private set; }

    public int? ProcessId { get; private set; }

    public string Details { get; private set; }
}
