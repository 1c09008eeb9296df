using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Progress;

internal sealed record ProgressResponse(Guid EnrollmentId, int LessonsDone, int LessonsTotal, int Percent, IReadOnlyList<Guid> DoneLessonIds);

/// <summary>Lessons a participant marks done, and their progress through the offering's content.</summary>
internal sealed class ProgressHandlers(EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<ProgressResponse>> MarkDoneAsync(Guid enrollmentId, Guid lessonId, bool done, CancellationToken cancellationToken)
    {
        var enrollment = await OwnAsync(enrollmentId, cancellationToken);
        if (enrollment is null)
        {
            return Outcome<ProgressResponse>.NotFound("The enrollment");
        }

        if (!enrollment.TakesPart)
        {
            return Outcome<ProgressResponse>.Conflict("Only participants holding a seat follow the lessons.");
        }

        var lessons = await catalog.GetLessonIdsAsync(enrollment.OfferingId, cancellationToken);
        if (!lessons.Contains(lessonId))
        {
            return Outcome<ProgressResponse>.NotFound("The lesson");
        }

        var existing = await db.LessonProgress.SingleOrDefaultAsync(p => p.EnrollmentId == enrollmentId && p.LessonId == lessonId, cancellationToken);
        if (done && existing is null)
        {
            db.LessonProgress.Add(new LessonProgress(enrollmentId, lessonId, clock.GetUtcNow().UtcDateTime));
        }
        else if (!done && existing is not null)
        {
            db.LessonProgress.Remove(existing);
        }

        // Marked done twice at once: the first one stands.
        await db.SaveUnlessDuplicateAsync(cancellationToken);

        return Outcome<ProgressResponse>.Ok(await ProgressOfAsync(enrollment.Id, lessons, cancellationToken));
    }

    public async Task<ProgressResponse?> GetAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        var enrollment = await OwnAsync(enrollmentId, cancellationToken);
        return enrollment is null
            ? null
            : await ProgressOfAsync(enrollment.Id, await catalog.GetLessonIdsAsync(enrollment.OfferingId, cancellationToken), cancellationToken);
    }

    /// <summary>Progress of several of the user's enrollments: one query for what is done, one lesson list per offering.</summary>
    public async Task<IReadOnlyDictionary<Guid, ProgressResponse>> ForEnrollmentsAsync(
        IReadOnlyCollection<(Guid EnrollmentId, Guid OfferingId)> enrollments, CancellationToken cancellationToken)
    {
        var ids = enrollments.Select(e => e.EnrollmentId).ToList();
        var done = (await db.LessonProgress.AsNoTracking().Where(p => ids.Contains(p.EnrollmentId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.EnrollmentId, p => p.LessonId);
        var progress = new Dictionary<Guid, ProgressResponse>();
        foreach (var offering in enrollments.GroupBy(e => e.OfferingId))
        {
            var lessons = await catalog.GetLessonIdsAsync(offering.Key, cancellationToken);
            foreach (var (enrollmentId, _) in offering)
            {
                progress[enrollmentId] = Progress(enrollmentId, lessons, done[enrollmentId]);
            }
        }

        return progress;
    }

    private Task<Domain.Enrollment?> OwnAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrollmentId && e.UserId == currentUser.UserId, cancellationToken);

    private async Task<ProgressResponse> ProgressOfAsync(Guid enrollmentId, IReadOnlyList<Guid> lessons, CancellationToken cancellationToken)
    {
        var done = await db.LessonProgress.AsNoTracking().Where(p => p.EnrollmentId == enrollmentId).Select(p => p.LessonId).ToListAsync(cancellationToken);
        return Progress(enrollmentId, lessons, done);
    }

    /// <summary>Only lessons that still exist count, so a removed lesson cannot push progress past 100%.</summary>
    private static ProgressResponse Progress(Guid enrollmentId, IReadOnlyList<Guid> lessons, IEnumerable<Guid> done)
    {
        var counted = lessons.Intersect(done).ToList();
        return new ProgressResponse(enrollmentId, counted.Count, lessons.Count, lessons.Count == 0 ? 0 : counted.Count * 100 / lessons.Count, counted);
    }
}
