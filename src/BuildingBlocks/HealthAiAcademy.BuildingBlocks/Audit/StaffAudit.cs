using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.BuildingBlocks.Audit;

/// <summary>Adds an audit entry for the signed-in member of staff to a module's context; it is saved with the action itself.</summary>
public sealed class StaffAudit(ICurrentUser currentUser, TimeProvider clock)
{
    public void Record(ModuleDbContext db, string action, AuditSubject subject, AuditChanges? changes = null, string? note = null) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, currentUser.UserId, action, subject, changes?.Items ?? [], note));

    /// <summary>For an action taken on behalf of someone who is not the current user (an administrator's retry from the host).</summary>
    public static void RecordBy(ModuleDbContext db, Guid? actorId, DateTime atUtc, string action, AuditSubject subject, string? note = null) =>
        db.AuditEntries.Add(new AuditEntry(atUtc, actorId, action, subject, [], note));
}
