using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.RenameUnit;

internal sealed record RenameUnitRequest(string? Name);

internal sealed class RenameUnitHandler(ComplianceDbContext db, ICurrentUser currentUser, StaffAudit audit)
{
    public async Task<Outcome<UnitView>> HandleAsync(Guid unitId, RenameUnitRequest request, CancellationToken cancellationToken)
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
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, token);
            if (unit is null)
            {
                return Outcome<UnitView>.NotFound("The unit");
            }

            var parent = unit.ParentId is { } parentId ? await db.Units.SingleAsync(u => u.Id == parentId, token) : null;
            var prefix = unit.Path + OrganisationUnit.PathSeparator;
            var below = await db.Units.Where(u => u.Path.StartsWith(prefix)).ToListAsync(token);
            var oldPath = unit.Path;
            unit.Rename(request.Name!, parent, below);
            if (unit.NormalizedPath != OrganisationUnit.Normalize(oldPath) && await db.Units.AnyAsync(u => u.Id != unit.Id && u.NormalizedPath == unit.NormalizedPath, token))
            {
                return Outcome<UnitView>.Conflict($"{unit.Path} exists already.");
            }

            audit.Record(db, AuditActions.OrganisationChanged, new AuditSubject("OrganisationUnit", unit.Id), new AuditChanges().Add("Path", oldPath, unit.Path));
            var members = await db.Memberships.CountAsync(m => m.UnitId == unit.Id && m.EndedAtUtc == null, token);
            return await db.SaveUnlessDuplicateAsync(token)
                ? Outcome<UnitView>.Ok(new UnitView(unit.Id, unit.Name, unit.Level, unit.ParentId, unit.Path, members))
                : Outcome<UnitView>.Conflict($"{unit.Path} exists already.");
        }, cancellationToken);
    }
}
