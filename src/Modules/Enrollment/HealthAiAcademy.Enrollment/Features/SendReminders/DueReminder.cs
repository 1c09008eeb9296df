using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.Enrollment.Features.SendReminders;

/// <param name="CalendarSessionId">A session whose .ics goes with the email.</param>
internal sealed record DueReminder(Guid UserId, ReminderKind Kind, Guid SubjectId, DateTime DueAtUtc, string Title, string Body, string Link, Guid? CalendarSessionId = null)
{
    public string Key => ReminderLedgerEntry.KeyOf(UserId, Kind, SubjectId, DueAtUtc);
}
