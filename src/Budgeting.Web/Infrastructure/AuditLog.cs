using System.Security.Claims;
using Budgeting.Core.Auditing;
using Budgeting.Web.Data;

namespace Budgeting.Web.Infrastructure;

/// <summary>Adds audit entries to the same unit of work as the change they describe, so both are saved or neither.</summary>
public sealed class AuditLog(BudgetingDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(string action, int? processId, string details)
    {
        var user = http.HttpContext?.User;
        var actorId = user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "system";
        var actorName = user?.Identity?.Name ?? "system";
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, actorId, actorName, action, processId, details));
    }
}
