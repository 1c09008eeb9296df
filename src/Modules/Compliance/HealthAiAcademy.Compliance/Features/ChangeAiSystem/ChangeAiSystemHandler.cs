using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ChangeAiSystem;

internal sealed class ChangeAiSystemHandler(ComplianceDbContext db, AiSystemRequestValidator validator, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid systemId, AiSystemRequest request, CancellationToken cancellationToken)
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
            var system = await db.AiSystems.SingleOrDefaultAsync(s => s.Id == systemId, token);
            if (system is null)
            {
                return Outcome<Guid>.NotFound("The AI system");
            }

            if (await db.AiSystems.AnyAsync(s => s.Id != systemId && s.Name == details.Name.Trim(), token))
            {
                return Outcome<Guid>.Conflict($"The register has {details.Name.Trim()} already.");
            }

            system.Change(details, clock.GetUtcNow().UtcDateTime);
            audit.Record(db, AuditActions.AiSystemChanged, new AuditSubject("AiSystem", system.Id), AiSystemRegister.Changes(db.Entry(system)));
            try
            {
                return await db.SaveUnlessDuplicateAsync(token)
                    ? Outcome<Guid>.Ok(system.Id)
                    : Outcome<Guid>.Conflict($"The register has {details.Name.Trim()} already.");
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome<Guid>.Conflict(AiSystemRegister.ChangedMeanwhile);
            }
        }, cancellationToken);
    }
}
