using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Reminders;

internal sealed record NotificationResponse(Guid Id, string Title, string Body, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

internal sealed record ReminderPreferences(bool SessionTomorrow);

/// <summary>The signed-in user's in-app notifications and reminder choices.</summary>
internal sealed class NotificationHandlers(EnrollmentDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    private Guid UserId => currentUser.UserId!.Value;

    public async Task<IReadOnlyList<NotificationResponse>> ListAsync(CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == UserId)
            .OrderByDescending(n => n.CreatedAtUtc)
            .Take(100)
            .Select(n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc))
            .ToListAsync(cancellationToken);

    /// <returns>False when the notification is not the user's (or does not exist).</returns>
    public async Task<bool> MarkReadAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == UserId, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<ReminderPreferences> PreferencesAsync(CancellationToken cancellationToken) =>
        new(!await db.ReminderPreferences.AnyAsync(p => p.UserId == UserId && p.Kind == ReminderKind.SessionTomorrow, cancellationToken));

    public async Task<ReminderPreferences> SetPreferencesAsync(ReminderPreferences preferences, CancellationToken cancellationToken)
    {
        var optOut = await db.ReminderPreferences.SingleOrDefaultAsync(p => p.UserId == UserId && p.Kind == ReminderKind.SessionTomorrow, cancellationToken);
        if (preferences.SessionTomorrow && optOut is not null)
        {
            db.ReminderPreferences.Remove(optOut);
        }
        else if (!preferences.SessionTomorrow && optOut is null)
        {
            db.ReminderPreferences.Add(new ReminderPreference(UserId, ReminderKind.SessionTomorrow));
        }

        await db.SaveChangesAsync(cancellationToken);
        return preferences;
    }
}
