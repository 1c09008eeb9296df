using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Shared;

internal sealed record ProgressResponse(Guid EnrollmentId, int LessonsDone, int LessonsTotal, int Percent, IReadOnlyList<Guid> DoneLessonIds);

/// <summary>A participant's progress through an offering's lessons: for one enrollment, or for all of a person's at once.</summary>
internal sealed class LessonProgressReader(EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser)
{
    /// <summary>The signed-in user's own enrollment; null for anyone else's.</summary>
    public Task<Domain.Enrollment?> OwnEnrollmentAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrollmentId && e.UserId == currentUser.UserId, cancellationToken);

    public Task<IReadOnlyList<Guid>> LessonsOfAsync(Guid offeringId, CancellationToken cancellationToken) =>
        catalog.GetLessonIdsAsync(offeringId, cancellationToken);

    public async Task<ProgressResponse> ProgressOfAsync(Guid enrollmentId, IReadOnlyList<Guid> lessons, CancellationToken cancellationToken)
    {
        var done = await db.LessonProgress.AsNoTracking().Where(p => p.EnrollmentId == enrollmentId).Select(p => p.LessonId).ToListAsync(cancellationToken);
        return Progress(enrollmentId, lessons, done);
    }

    /// <summary>Progress of several of the user's enrollments: one query for what is done, one for the offerings' lessons.</summary>
    public async Task<IReadOnlyDictionary<Guid, ProgressResponse>> ForEnrollmentsAsync(
        IReadOnlyCollection<(Guid EnrollmentId, Guid OfferingId)> enrollments, CancellationToken cancellationToken)
    {
        if (enrollments.Count == 0)
        {
            return new Dictionary<Guid, ProgressResponse>();
        }

        var ids = enrollments.Select(e => e.EnrollmentId).ToList();
        var done = (await db.LessonProgress.AsNoTracking().Where(p => ids.Contains(p.EnrollmentId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.EnrollmentId, p => p.LessonId);
        var lessons = await catalog.GetLessonIdsAsync([.. enrollments.Select(e => e.OfferingId).Distinct()], cancellationToken);
        return enrollments.ToDictionary(
            e => e.EnrollmentId,
            e => Progress(e.EnrollmentId, lessons.GetValueOrDefault(e.OfferingId) ?? [], done[e.EnrollmentId]));
    }

    /// <summary>Only lessons that still exist count, so a removed lesson cannot push progress past 100%.</summary>
    private static ProgressResponse Progress(Guid enrollmentId, IReadOnlyList<Guid> lessons, IEnumerable<Guid> done)
    {
        var counted = lessons.Intersect(done).ToList();
        return new ProgressResponse(enrollmentId, counted.Count, lessons.Count, lessons.Count == 0 ? 0 : counted.Count * 100 / lessons.Count, counted);
    }
}
