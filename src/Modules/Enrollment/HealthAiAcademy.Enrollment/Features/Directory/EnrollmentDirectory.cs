using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Data.Specifications;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Directory;

internal sealed class EnrollmentDirectory(
    EnrollmentDbContext db, ICourseCatalog catalog, ListAnnouncements.ListAnnouncementsHandler announcements, RecentSeatCounts recentSeats)
    : IEnrollmentDirectory
{
    public async Task<IReadOnlyList<AnnouncementNote>> AnnouncementsForAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken) =>
        [.. (await announcements.ForParticipantAsync(offeringId, userId, cancellationToken)).Select(a => new AnnouncementNote(a.Subject, a.Message, a.SentAtUtc))];

    public Task<bool> IsParticipantAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken) =>
        db.Enrollments.WithSpecification(new ParticipationsSpecification(userId, offeringId)).AnyAsync(cancellationToken);

    /// <summary>Seats taken, including seats held for a waitlist offer: what the book counts.</summary>
    public async Task<int> CountSeatsTakenAsync(Guid offeringId, CancellationToken cancellationToken) =>
        (await CountSeatsTakenAsync([offeringId], cancellationToken))[offeringId];

    public Task<IReadOnlyDictionary<Guid, int>> RecentSeatsTakenAsync(CancellationToken cancellationToken) => recentSeats.TakenAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, int>> CountSeatsTakenAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        var counts = await db.Books
            .Where(b => ids.Contains(b.OfferingId))
            .ToDictionaryAsync(b => b.OfferingId, b => b.SeatsTaken, cancellationToken);
        return ids.ToDictionary(id => id, id => counts.GetValueOrDefault(id));
    }

    public async Task<IReadOnlyList<Guid>> OfferingsOfParticipantAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Enrollments.WithSpecification(new ParticipationsSpecification(userId))
            .Select(e => e.OfferingId)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ParticipantsAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await db.Enrollments.WithSpecification(new ParticipantsSpecification(offeringId))
            .Select(e => e.UserId)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CompletionRecord>> CompletionsAsync(Guid? offeringId, CancellationToken cancellationToken)
    {
        var completed = db.Enrollments.AsNoTracking().Where(e => e.Status == EnrollmentStatus.Completed && e.CompletedAtUtc != null);
        if (offeringId is { } id)
        {
            completed = completed.Where(e => e.OfferingId == id);
        }

        return await completed
            .Select(e => new CompletionRecord(e.Id, e.OfferingId, e.UserId, e.AttendancePercent ?? 0, e.CompletedAtUtc!.Value))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> PresentSessionsAsync(IReadOnlyCollection<Guid> enrollmentIds, CancellationToken cancellationToken)
    {
        var ids = enrollmentIds.Distinct().ToList();
        var present = await db.Attendance.AsNoTracking()
            .Where(a => ids.Contains(a.EnrollmentId) && a.Status == AttendanceStatus.Present)
            .Select(a => new { a.EnrollmentId, a.SessionId })
            .ToListAsync(cancellationToken);
        var byEnrollment = present.ToLookup(a => a.EnrollmentId, a => a.SessionId);
        return ids.ToDictionary(id => id, IReadOnlySet<Guid> (id) => byEnrollment[id].ToHashSet());
    }

    public Task<ParticipantState?> GetStateAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken) =>
        db.Enrollments
            .Where(e => e.OfferingId == offeringId && e.UserId == userId)
            .OrderByDescending(e => e.RequestedAtUtc)
            .Select(e => new ParticipantState(e.Id, e.Status, e.WaitlistPosition))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountLessonsDoneAsync(IReadOnlyCollection<Guid> lessonIds, CancellationToken cancellationToken) =>
        db.LessonProgress.AsNoTracking().CountAsync(l => lessonIds.Contains(l.LessonId), cancellationToken);

    public async Task<int> CountOpenPlacesAsync(Guid userId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var offeringIds = await db.Enrollments.AsNoTracking()
            .Where(e => e.UserId == userId
                        && (e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Waitlisted || e.Status == EnrollmentStatus.PendingApproval))
            .Select(e => e.OfferingId).ToListAsync(cancellationToken);
        return offeringIds.Count == 0 ? 0 : (await catalog.GetOfferingsAsync(offeringIds, cancellationToken)).Count(o => o.EndsAtUtc > nowUtc);
    }

    public async Task<IReadOnlyDictionary<Guid, OfferingFigures>> FiguresAsync(IReadOnlyCollection<Guid> offeringIds, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        var seats = await CountSeatsTakenAsync(ids, cancellationToken);
        var lapseBefore = nowUtc.AddDays(1);
        var counts = await db.Enrollments.AsNoTracking().Where(e => ids.Contains(e.OfferingId))
            .GroupBy(e => e.OfferingId)
            .Select(g => new
            {
                OfferingId = g.Key,
                Waitlisted = g.Count(e => e.Status == EnrollmentStatus.Waitlisted),
                ToDecide = g.Count(e => e.Status == EnrollmentStatus.PendingApproval),
                Lapsing = g.Count(e => e.Status == EnrollmentStatus.Waitlisted && e.OfferExpiresAtUtc != null && e.OfferExpiresAtUtc > nowUtc && e.OfferExpiresAtUtc <= lapseBefore),
                Completed = g.Count(e => e.Status == EnrollmentStatus.Completed),
            })
            .ToDictionaryAsync(c => c.OfferingId, cancellationToken);
        var attendance = await db.Attendance.AsNoTracking().Where(a => ids.Contains(a.OfferingId) && a.Status != AttendanceStatus.Excused)
            .GroupBy(a => a.OfferingId)
            .Select(g => new { OfferingId = g.Key, Counted = g.Count(), Present = g.Count(a => a.Status == AttendanceStatus.Present) })
            .ToDictionaryAsync(a => a.OfferingId, cancellationToken);
        return ids.ToDictionary(id => id, id =>
        {
            var a = attendance.GetValueOrDefault(id);
            return counts.TryGetValue(id, out var c)
                ? new OfferingFigures(seats[id], c.Waitlisted, c.ToDecide, c.Lapsing, c.Completed, a?.Counted ?? 0, a?.Present ?? 0)
                : new OfferingFigures(seats[id], 0, 0, 0, 0, a?.Counted ?? 0, a?.Present ?? 0);
        });
    }
}
