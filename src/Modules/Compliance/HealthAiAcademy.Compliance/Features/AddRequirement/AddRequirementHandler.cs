using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;

namespace HealthAiAcademy.Compliance.Features.AddRequirement;

internal sealed class AddRequirementHandler(ComplianceDbContext db, RequirementRequestValidator validator, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(RequirementRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<Guid>.Forbidden(RequirementRules.MaintainRefusal);
        }

        var errors = await validator.ValidateAsync(request, cancellationToken);
        if (!errors.IsValid)
        {
            return Outcome<Guid>.Invalid(errors);
        }

        var requirement = new Requirement(request.Title!, request.Kind!.Value, request.SystemId, request.FunctionIds ?? [], request.UnitIds ?? [],
            request.CourseIds!, request.ValidForMonths, clock.GetUtcNow().UtcDateTime);
        await db.InTransactionAsync(async token =>
        {
            db.Requirements.Add(requirement);
            audit.Record(db, AuditActions.RequirementChanged, new AuditSubject("Requirement", requirement.Id), RequirementRules.Changes(db.Entry(requirement)));
            await db.SaveChangesAsync(token);
        }, cancellationToken);
        return Outcome<Guid>.Ok(requirement.Id);
    }
}
