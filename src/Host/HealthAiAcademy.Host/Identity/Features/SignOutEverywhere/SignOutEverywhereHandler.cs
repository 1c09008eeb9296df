using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.SignOutEverywhere;

internal sealed class SignOutEverywhereHandler(AcademyIdentityDbContext db, Sessions sessions, AccountAudit audit)
{
    /// <summary>Ends every sign-in of the account: cookies on every device, API tokens and their refresh tokens.</summary>
    public Task HandleAsync(Guid userId, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async token =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId, token);
            audit.Record(user.Id, AccountChangeKind.SignedOutEverywhere);
            await sessions.EndAllAsync(user, token);
        }, cancellationToken);
}
