using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.SignOutEverywhere;

internal sealed class SignOutEverywhereHandler(AcademyIdentityDbContext db, Sessions sessions, AccountAudit audit, ICurrentUser currentUser)
{
    /// <summary>Ends every sign-in of the caller's account: cookies on every device, API tokens and their refresh tokens.</summary>
    public Task HandleAsync(CancellationToken cancellationToken) =>
        db.InTransactionAsync(async token =>
        {
            var userId = currentUser.UserId ?? throw new InvalidOperationException("Only a signed-in caller signs out everywhere.");
            var user = await db.Users.SingleAsync(u => u.Id == userId, token);
            audit.Record(user.Id, AccountChangeKind.SignedOutEverywhere);
            await sessions.EndAllAsync(user, token);
        }, cancellationToken);
}
