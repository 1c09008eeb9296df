using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.MarkLessonDone;

/// <summary>A participant marks a lesson done (or not done again); answers their progress.</summary>
internal sealed class MarkLessonDoneHandler(EnrollmentDbContext db, LessonProgressReader progress, TimeProvider clock)
{
    public async Task<Outcome<ProgressResponse>> HandleAsync(Guid enrollmentId, Guid lessonId, bool done, CancellationToken cancellationToken)
    {
        var enrollment = await progress.OwnEnrollmentAsync(enrollmentId, cancellationToken);
        if (enrollment is null)
        {
            return Outcome<ProgressResponse>.NotFound("The enrollment");
        }

        if (!enrollment.TakesPart)
        {
            return Outcome<ProgressResponse>.Conflict("Only participants holding a seat follow the lessons.");
        }

        var lessons = await progress.LessonsOfAsync(enrollment.OfferingId, cancellationToken);
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
        return Outcome<ProgressResponse>.Ok(await progress.ProgressOfAsync(enrollment.Id, lessons, cancellationToken));
    }
}
