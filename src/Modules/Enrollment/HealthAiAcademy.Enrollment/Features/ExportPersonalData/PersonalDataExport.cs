using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ExportPersonalData;

/// <summary>The person's enrolments (with what they and staff wrote), attendance, lessons done, notifications and reminder choices.</summary>
internal sealed class PersonalDataExport(EnrollmentDbContext db, ICourseCatalog catalog) : IPersonalDataSource
{
    public string Module => EnrollmentModule.Name;

    public async Task<IReadOnlyList<PersonalDataFile>> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.RequestedAtUtc).ToListAsync(cancellationToken);
        var ids = enrollments.Select(e => e.Id).ToList();
        var offerings = (await catalog.GetOfferingsAsync([.. enrollments.Select(e => e.OfferingId).Distinct()], cancellationToken)).ToDictionary(o => o.Id);
        var sessions = (await catalog.GetSessionsAsync([.. offerings.Keys], cancellationToken)).ToDictionary(s => s.Id);
        var attendance = await db.Attendance.AsNoTracking().Where(a => ids.Contains(a.EnrollmentId)).ToListAsync(cancellationToken);
        var lessons = await db.LessonProgress.AsNoTracking().Where(l => ids.Contains(l.EnrollmentId)).ToListAsync(cancellationToken);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAtUtc).ToListAsync(cancellationToken);
        var preferences = await db.ReminderPreferences.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        string? Title(Guid offeringId) => offerings.TryGetValue(offeringId, out var o) ? $"{o.Title} ({o.CohortLabel})" : null;

        return
        [
            PersonalDataFile.AsJson("enrollments.json", enrollments.Select(e => new
            {
                e.Id, e.OfferingId, Offering = Title(e.OfferingId), e.Status, e.WaitlistPosition, e.OfferExpiresAtUtc, e.Motivation, e.DecisionMessage,
                e.RequestedAtUtc, e.EnrolledAtUtc, e.DecidedAtUtc, e.EndedAtUtc, e.CompletedAtUtc, e.AttendancePercent,
            })),
            PersonalDataFile.AsJson("attendance.json", attendance.Select(a => new
            {
                a.OfferingId, Offering = Title(a.OfferingId), a.SessionId, Session = sessions.GetValueOrDefault(a.SessionId)?.Topic,
                SessionStartsAtUtc = sessions.GetValueOrDefault(a.SessionId)?.StartsAtUtc, a.Status, a.RecordedAtUtc,
            })),
            PersonalDataFile.AsJson("lessons-done.json", lessons.Select(l => new { l.EnrollmentId, l.LessonId, l.DoneAtUtc })),
            PersonalDataFile.AsJson("notifications.json", notifications.Select(n => new { n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc })),
            PersonalDataFile.AsJson("reminder-choices.json", preferences.Select(p => new { Reminder = p.Kind, SwitchedOff = true })),
        ];
    }
}
