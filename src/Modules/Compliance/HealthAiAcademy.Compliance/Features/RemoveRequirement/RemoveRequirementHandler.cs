using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.RemoveRequirement;

internal sealed class RemoveRequirementHandler(ComplianceDbContext db, ICurrentUser currentUser, StaffAudit audit)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid requirementId, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<Guid>.Forbidden(RequirementRules.MaintainRefusal);
        }

        return await db.InTransactionAsync(async token =>
        {
            var requirement = await db.Requirements.SingleOrDefaultAsync(r => r.Id == requirementId, token);
            if (requirement is null)
            {
                return Outcome<Guid>.NotFound("The requirement");
            }

            db.Requirements.Remove(requirement);
            audit.Record(db, AuditActions.RequirementChanged, new AuditSubject("Requirement", requirement.Id),
                new AuditChanges().Add("Title", requirement.Title, (string?)null));
            await db.SaveChangesAsync(token);
            return Outcome<Guid>.Ok(requirement.Id);
        }, cancellationToken);
    }
}
