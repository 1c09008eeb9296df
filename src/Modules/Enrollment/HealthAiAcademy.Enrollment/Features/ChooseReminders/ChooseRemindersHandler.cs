using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ChooseReminders;

/// <param name="SessionTomorrow">The reminder the day before each session (on unless switched off).</param>
internal sealed record ReminderPreferences(bool SessionTomorrow);

/// <summary>The signed-in user's choice of optional reminders: read and changed.</summary>
internal sealed class ChooseRemindersHandler(EnrollmentDbContext db, ICurrentUser currentUser)
{
    private Guid UserId => currentUser.UserId!.Value;

    public async Task<ReminderPreferences> CurrentAsync(CancellationToken cancellationToken) =>
        new(!await db.ReminderPreferences.AnyAsync(p => p.UserId == UserId && p.Kind == ReminderKind.SessionTomorrow, cancellationToken));

    public async Task<ReminderPreferences> ChooseAsync(ReminderPreferences preferences, CancellationToken cancellationToken)
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

        // Switched off twice at once (two tabs): the first one stands.
        await db.SaveUnlessDuplicateAsync(cancellationToken);
        return preferences;
    }
}
