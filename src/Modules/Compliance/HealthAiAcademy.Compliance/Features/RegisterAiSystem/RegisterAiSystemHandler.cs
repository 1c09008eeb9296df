using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.RegisterAiSystem;

internal sealed class RegisterAiSystemHandler(ComplianceDbContext db, AiSystemRequestValidator validator, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(AiSystemRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<Guid>.Forbidden(AiSystemRegister.MaintainRefusal);
        }

        var (details, errors) = await validator.ValidateAsync(request, cancellationToken);
        if (details is null)
        {
            return Outcome<Guid>.Invalid(errors);
        }

        return await db.InTransactionAsync(async token =>
        {
            if (await db.AiSystems.AnyAsync(s => s.Name == details.Name.Trim(), token))
            {
                return Outcome<Guid>.Conflict($"The register has {details.Name.Trim()} already.");
            }

            var system = new AiSystem(details, clock.GetUtcNow().UtcDateTime);
            db.AiSystems.Add(system);
            audit.Record(db, AuditActions.AiSystemChanged, new AuditSubject("AiSystem", system.Id), AiSystemRegister.Changes(db.Entry(system)));
            return await db.SaveUnlessDuplicateAsync(token)
                ? Outcome<Guid>.Ok(system.Id)
                : Outcome<Guid>.Conflict($"The register has {details.Name.Trim()} already.");
        }, cancellationToken);
    }
}
