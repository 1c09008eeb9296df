using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.MarkNotificationRead;

internal sealed class MarkNotificationReadHandler(EnrollmentDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    /// <returns>False when the notification is not the user's (or does not exist).</returns>
    public async Task<bool> HandleAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == currentUser.UserId, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Every unread notification of the user, in one statement.</summary>
    public Task AllAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.UserId == currentUser.UserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }
}
