using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.AssignOverseer;

internal sealed record AssignOverseerRequest(string? Email);

internal sealed class AssignOverseerHandler(ComplianceDbContext db, IUserDirectory users, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid systemId, AssignOverseerRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<Guid>.Forbidden(AiSystemRegister.MaintainRefusal);
        }

        var person = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email, cancellationToken);
        if (person is null)
        {
            return Outcome<Guid>.Invalid(new ValidationErrors().Add("email", "The email address of the overseer's account."));
        }

        return await db.InTransactionAsync(async token =>
        {
            var system = await db.AiSystems.SingleOrDefaultAsync(s => s.Id == systemId, token);
            if (system is null)
            {
                return Outcome<Guid>.NotFound("The AI system");
            }

            if (system.AssignOverseer(person.UserId, clock.GetUtcNow().UtcDateTime))
            {
                audit.Record(db, AuditActions.AiSystemChanged, new AuditSubject("AiSystem", system.Id, PersonId: person.UserId), AiSystemRegister.Changes(db.Entry(system)));
                if (!await db.SaveUnlessConcurrentChangeAsync(token))
                {
                    return Outcome<Guid>.Conflict(AiSystemRegister.ChangedMeanwhile);
                }
            }

            return Outcome<Guid>.Ok(person.UserId);
        }, cancellationToken);
    }
}
