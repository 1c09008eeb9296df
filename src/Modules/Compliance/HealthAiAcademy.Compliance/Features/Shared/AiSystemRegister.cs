using HealthAiAcademy.BuildingBlocks.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>The register's shared rules: who keeps it, and what its audit entries record.</summary>
internal static class AiSystemRegister
{
    public const string MaintainRefusal = "Only administrators keep the AI-system register.";
    public const string ChangedMeanwhile = "The entry was changed at the same moment by someone else; look again.";

    /// <summary>Every field the change set or changed, as an auditor asks for them; the timestamps say nothing the entry does not.</summary>
    public static AuditChanges Changes(EntityEntry entry) => AuditChanges.Tracked(entry, "CreatedAtUtc", "UpdatedAtUtc");

    /// <summary>Saves; false when another request changed the entry since it was read (its timestamp is the concurrency token).</summary>
    public static async Task<bool> SaveUnlessConcurrentChangeAsync(this Data.ComplianceDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
