using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.SendAnnouncement;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ListAnnouncements;

/// <summary>
/// An offering's announcements, newest first: all of them with their delivery count for its staff; for a participant the
/// ones meant for them (the waiting list sees only those sent to it too); nothing for anyone else.
/// </summary>
internal sealed class ListAnnouncementsHandler(EnrollmentDbContext db, ICourseCatalog catalog, OfferingStaff staff, ICurrentUser currentUser)
{
    public async Task<Outcome<IReadOnlyList<AnnouncementView>>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<IReadOnlyList<AnnouncementView>>.NotFound("The offering");
        }

        if (staff.IsStaffOf(offering))
        {
            var all = await db.Announcements.AsNoTracking().Where(a => a.OfferingId == offeringId).OrderByDescending(a => a.SentAtUtc).ToListAsync(cancellationToken);
            var ids = all.Select(a => a.Id).ToList();
            var delivered = await db.ReminderLedger.AsNoTracking()
                .Where(e => e.Kind == ReminderKind.Announcement && ids.Contains(e.SubjectId) && e.SentAtUtc != null)
                .GroupBy(e => e.SubjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return Outcome<IReadOnlyList<AnnouncementView>>.Ok([.. all.Select(a => View(a, delivered.GetValueOrDefault(a.Id)))]);
        }

        // Anyone else sees what was sent to them, and only if they are (or were) on the offering's lists.
        return await StatusAsync(offeringId, currentUser.UserId, cancellationToken) is { } status
            ? Outcome<IReadOnlyList<AnnouncementView>>.Ok(await SentToAsync(offeringId, status, cancellationToken))
            : Outcome<IReadOnlyList<AnnouncementView>>.NotFound("The offering");
    }

    public async Task<IReadOnlyList<AnnouncementView>> ForParticipantAsync(Guid offeringId, Guid? userId, CancellationToken cancellationToken) =>
        await StatusAsync(offeringId, userId, cancellationToken) is { } status ? await SentToAsync(offeringId, status, cancellationToken) : [];

    private Task<EnrollmentStatus?> StatusAsync(Guid offeringId, Guid? userId, CancellationToken cancellationToken) =>
        userId is { } id
            ? db.Enrollments.AsNoTracking().Where(e => e.OfferingId == offeringId && e.UserId == id).Select(e => (EnrollmentStatus?)e.Status).SingleOrDefaultAsync(cancellationToken)
            : Task.FromResult<EnrollmentStatus?>(null);

    private async Task<IReadOnlyList<AnnouncementView>> SentToAsync(Guid offeringId, EnrollmentStatus status, CancellationToken cancellationToken)
    {
        var announcements = await db.Announcements.AsNoTracking().Where(a => a.OfferingId == offeringId).OrderByDescending(a => a.SentAtUtc).ToListAsync(cancellationToken);
        var visible = announcements.Where(a => a.IsFor(status));
        return [.. visible.Select(a => View(a, null))];
    }

    private static AnnouncementView View(Announcement a, int? delivered) =>
        new(a.Id, a.OfferingId, a.Subject, a.Body, a.IncludesWaitlist, a.SentAtUtc, delivered);
}
