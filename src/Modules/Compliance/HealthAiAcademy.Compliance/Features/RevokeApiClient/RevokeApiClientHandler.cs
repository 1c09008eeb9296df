using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.RevokeApiClient;

internal sealed class RevokeApiClientHandler(ComplianceDbContext db, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<Guid>.Forbidden("Only administrators issue API keys.");
        }

        return await db.InTransactionAsync(async token =>
        {
            var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == clientId && c.RevokedAtUtc == null, token);
            if (client is null)
            {
                return Outcome<Guid>.NotFound("The API key");
            }

            client.Revoke(clock.GetUtcNow().UtcDateTime);
            audit.Record(db, AuditActions.ApiClientChanged, new AuditSubject("ApiClient", client.Id), new AuditChanges().Add("RevokedAtUtc", (DateTime?)null, client.RevokedAtUtc));
            await db.SaveChangesAsync(token);
            return Outcome<Guid>.Ok(client.Id);
        }, cancellationToken);
    }
}
