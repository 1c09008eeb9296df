using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.AddUnit;

/// <param name="ParentId">The division a department belongs to, or the department a unit belongs to; none for a division.</param>
internal sealed record AddUnitRequest(string? Name, Guid? ParentId);

internal sealed class AddUnitHandler(ComplianceDbContext db, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<UnitView>> HandleAsync(AddUnitRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<UnitView>.Forbidden(OrganisationRights.MaintainRefusal);
        }

        var errors = UnitNames.Check(request.Name);
        if (!errors.IsValid)
        {
            return Outcome<UnitView>.Invalid(errors);
        }

        return await db.InTransactionAsync(async token =>
        {
            var parent = request.ParentId is { } parentId ? await db.Units.SingleOrDefaultAsync(u => u.Id == parentId, token) : null;
            if (request.ParentId is not null && parent is null)
            {
                return Outcome<UnitView>.Invalid(new ValidationErrors().Add("parentId", "No division or department has this id."));
            }

            if (parent?.Level == UnitLevel.Unit)
            {
                return Outcome<UnitView>.Invalid(new ValidationErrors().Add("parentId", "A unit is the lowest level: add the unit to a department."));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var unit = parent is null ? OrganisationUnit.Division(request.Name!, now) : OrganisationUnit.Under(parent, request.Name!, now);
            if (await db.Units.AnyAsync(u => u.NormalizedPath == unit.NormalizedPath, token))
            {
                return Outcome<UnitView>.Conflict($"{unit.Path} exists already.");
            }

            db.Units.Add(unit);
            audit.Record(db, AuditActions.OrganisationChanged, new AuditSubject("OrganisationUnit", unit.Id), new AuditChanges().Add("Path", (string?)null, unit.Path));
            return await db.SaveUnlessDuplicateAsync(token)
                ? Outcome<UnitView>.Ok(new UnitView(unit.Id, unit.Name, unit.Level, unit.ParentId, unit.Path, 0))
                : Outcome<UnitView>.Conflict($"{unit.Path} exists already.");
        }, cancellationToken);
    }
}
