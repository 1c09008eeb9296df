using HealthAiAcademy.BuildingBlocks.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HealthAiAcademy.Compliance.Features.Shared;

internal static class RequirementRules
{
    public const string MaintainRefusal = "Only administrators set training requirements.";

    public static AuditChanges Changes(EntityEntry entry) => AuditChanges.Tracked(entry, "CreatedAtUtc");
}
