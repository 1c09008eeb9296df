using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ChangeRequirement;

internal sealed class ChangeRequirementHandler(ComplianceDbContext db, RequirementRequestValidator validator, ICurrentUser currentUser, StaffAudit audit)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid requirementId, RequirementRequest request, CancellationToken cancellationToken)
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

            // Kind and system are the requirement's identity: a different one is a new requirement.
            var errors = await validator.ValidateAsync(request with { Kind = requirement.Kind, SystemId = requirement.SystemId }, token);
            if (!errors.IsValid)
            {
                return Outcome<Guid>.Invalid(errors);
            }

            requirement.Change(request.Title!, request.FunctionIds ?? [], request.UnitIds ?? [], request.CourseIds!, request.ValidForMonths);
            audit.Record(db, AuditActions.RequirementChanged, new AuditSubject("Requirement", requirement.Id), RequirementRules.Changes(db.Entry(requirement)));
            await db.SaveChangesAsync(token);
            return Outcome<Guid>.Ok(requirement.Id);
        }, cancellationToken);
    }
}
