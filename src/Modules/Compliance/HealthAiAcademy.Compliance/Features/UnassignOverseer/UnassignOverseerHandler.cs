using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.UnassignOverseer;

internal sealed class UnassignOverseerHandler(ComplianceDbContext db, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid systemId, Guid userId, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<Guid>.Forbidden(AiSystemRegister.MaintainRefusal);
        }

        return await db.InTransactionAsync(async token =>
        {
            var system = await db.AiSystems.SingleOrDefaultAsync(s => s.Id == systemId, token);
            if (system is null || !system.UnassignOverseer(userId, clock.GetUtcNow().UtcDateTime))
            {
                return Outcome<Guid>.NotFound("The overseer");
            }

            audit.Record(db, AuditActions.AiSystemChanged, new AuditSubject("AiSystem", system.Id, PersonId: userId), AiSystemRegister.Changes(db.Entry(system)));
            return await db.SaveUnlessConcurrentChangeAsync(token) ? Outcome<Guid>.Ok(userId) : Outcome<Guid>.Conflict(AiSystemRegister.ChangedMeanwhile);
        }, cancellationToken);
    }
}
