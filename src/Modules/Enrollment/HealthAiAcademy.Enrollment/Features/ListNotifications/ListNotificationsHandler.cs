using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ListNotifications;

internal sealed record NotificationResponse(Guid Id, string Title, string Body, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

/// <summary>The signed-in user's in-app notifications, newest first (the last hundred).</summary>
internal sealed class ListNotificationsHandler(EnrollmentDbContext db, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<NotificationResponse>> HandleAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAtUtc)
            .Take(100)
            .Select(n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc))
            .ToListAsync(cancellationToken);
    }
}
