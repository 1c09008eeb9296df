using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Features.SendReminders;

/// <param name="Write">The title and text, written when sending, in the recipient's language (dates in its culture).</param>
/// <param name="CalendarSessionId">A session whose .ics goes with the email.</param>
internal sealed record DueReminder(
    Guid UserId, ReminderKind Kind, Guid SubjectId, DateTime DueAtUtc, Func<IStringLocalizer<EnrollmentText>, ReminderText> Write, string Link,
    Guid? CalendarSessionId = null)
{
    public string Key => ReminderLedgerEntry.KeyOf(UserId, Kind, SubjectId, DueAtUtc);
}

internal sealed record ReminderText(string Title, string Body);
