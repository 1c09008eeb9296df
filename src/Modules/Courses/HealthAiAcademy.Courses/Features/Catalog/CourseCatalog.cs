using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Data.Specifications;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Catalog;

/// <summary>The Courses facade other modules ask synchronously.</summary>
internal sealed class CourseCatalog(CoursesDbContext db, TimeProvider clock) : ICourseCatalog
{
    public async Task<OfferingOutline?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await Offerings().SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        return offering is null ? null : ToSnapshot(offering);
    }

    public async Task<IReadOnlyList<OfferingOutline>> GetOfferingsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        return [.. (await Offerings().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken)).Select(ToSnapshot)];
    }

    public async Task<IReadOnlyList<OfferingOutline>> FindOfferingsOfCourseAsync(string courseCode, CancellationToken cancellationToken) =>
        [.. (await Offerings().Where(o => o.Course.Code == courseCode).OrderBy(o => o.StartsAtUtc).ToListAsync(cancellationToken)).Select(ToSnapshot)];

    /// <summary>The same terms the offering's events carry; Enrollment asks only before its first copy arrives (ADR 0015).</summary>
    public async Task<EnrollmentTerms?> GetEnrollmentTermsAsync(Guid offeringId, CancellationToken cancellationToken) =>
        (await db.Offerings.AsNoTracking().Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken))?.EnrollmentTerms;

    public async Task<CertificateBasis?> GetCertificateBasisAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await db.Offerings.AsNoTracking().Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken) is { } o
            ? new CertificateBasis(
                o.Id, o.CourseId, o.Course.Code, o.Course.Title, o.Kind, o.Delivery, o.Location, o.StartsAtUtc, o.EndsAtUtc, o.Course.StudyLoadHours,
                o.Course.Ects, o.Course.LearningObjectives,
                [.. o.Course.Accreditations.Select(a => new AccreditationSnapshot(a.Registry, a.AccreditationId, a.Points, a.Profession, a.PartialCredit))],
                o.Course.CertificateValidityMonths, o.Course.Language,
                await db.Sessions.AsNoTracking().Where(s => s.OfferingId == offeringId && s.Status == SessionStatus.Scheduled)
                    .Select(s => new CountedSession(s.Id, s.DurationMinutes)).ToListAsync(cancellationToken))
            : null;

    public async Task<SessionSnapshot?> GetSessionAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is { } session ? ToSnapshot(session) : null;

    public async Task<IReadOnlyList<SessionSnapshot>> GetSessionsStartingBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var published = db.Offerings.Where(o => o.Status == OfferingStatus.Published || o.Status == OfferingStatus.Closed).Select(o => o.Id);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Scheduled && s.StartsAtUtc >= fromUtc && s.StartsAtUtc < toUtc && published.Contains(s.OfferingId))
            .OrderBy(s => s.StartsAtUtc)
            .ToListAsync(cancellationToken);
        return [.. sessions.Select(ToSnapshot)];
    }

    public async Task<IReadOnlyList<Guid>> GetLessonIdsAsync(Guid offeringId, CancellationToken cancellationToken) =>
        (await GetLessonIdsAsync([offeringId], cancellationToken)).GetValueOrDefault(offeringId) ?? [];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetLessonIdsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var modules = await db.ContentModules.WithSpecification(new OfferingContentSpecification(offeringIds)).ToListAsync(cancellationToken);
        return modules.GroupBy(m => m.OfferingId).ToDictionary(
            offering => offering.Key,
            IReadOnlyList<Guid> (offering) => [.. offering.SelectMany(m => m.Lessons.OrderBy(l => l.Position).Select(l => l.Id))]);
    }

    public async Task<string?> GetSessionCalendarAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var title = await db.Offerings.Where(o => o.Id == session.OfferingId).Select(o => o.Course.Title).SingleAsync(cancellationToken);
        return SessionCalendarWriter.Write(title, [(session, title, MayJoin: true)], clock.GetUtcNow().UtcDateTime);
    }

    public async Task<IReadOnlyList<SessionSnapshot>> GetSessionsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.OfferingId)).OrderBy(s => s.StartsAtUtc).ToListAsync(cancellationToken);
        return [.. sessions.Select(ToSnapshot)];
    }

    public async Task<OfferingOutline?> FindNextRunAsync(Guid courseId, DateTime afterUtc, CancellationToken cancellationToken)
    {
        var offering = await Offerings()
            .Where(o => o.CourseId == courseId && o.Status == OfferingStatus.Published && o.StartsAtUtc > afterUtc)
            .OrderBy(o => o.StartsAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return offering is null ? null : ToSnapshot(offering);
    }

    public async Task<IReadOnlyList<CourseOutline>> GetCoursesAsync(CancellationToken cancellationToken) =>
        (await db.Courses.AsNoTracking().OrderBy(c => c.Title).Select(c => new { c.Id, c.Code, c.Title, c.LearningObjectives }).ToListAsync(cancellationToken))
        .Select(c => new CourseOutline(c.Id, c.Code, c.Title, c.LearningObjectives)).ToList();

    private IQueryable<Offering> Offerings() =>
        db.Offerings.AsNoTracking().Include(o => o.Course);

    private static OfferingOutline ToSnapshot(Offering o) => new(
        o.Id, o.CourseId, o.Course.Code, o.Course.Title, o.Kind, o.Status, o.CohortLabel, o.StartsAtUtc, o.EndsAtUtc, o.CancellationDeadlineUtc,
        o.MinimumAttendancePercent, [.. o.InstructorIds.Union(o.Course.InstructorIds)], o.IsPastRunRecord);

    private static SessionSnapshot ToSnapshot(Session s) =>
        new(s.Id, s.OfferingId, s.StartsAtUtc, s.DurationMinutes, s.Topic, s.Location, s.OnlineLink, s.Status, s.InstructorIds);
}
