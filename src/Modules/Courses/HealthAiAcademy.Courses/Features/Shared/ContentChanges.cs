using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>
/// What changing or deleting a module or lesson shares: load it with its offering (404), let only its managers act (403),
/// and refuse to delete what participants have worked through (409, saying how much).
/// </summary>
internal sealed class ContentChanges(CoursesDbContext db, OfferingAccess access, IEnrollmentDirectory enrollments)
{
    public async Task<(ContentModule? Module, Outcome<T>? Refusal)> ModuleAsync<T>(System.Linq.Expressions.Expression<Func<ContentModule, bool>> which, CancellationToken cancellationToken)
    {
        var module = await db.ContentModules.SingleOrDefaultAsync(which, cancellationToken);
        var offering = module is null ? null : await db.Offerings.Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == module.OfferingId, cancellationToken);
        if (module is null || offering is null)
        {
            return (null, Outcome<T>.NotFound("The content"));
        }

        return access.MayManage(offering)
            ? (module, null)
            : (null, Outcome<T>.Forbidden("Only coordinators and the offering's own instructors change its content."));
    }

    /// <returns>Null when nobody has marked any of the lessons done, else the reason they stay.</returns>
    public async Task<string?> WorkAttachedAsync(IReadOnlyCollection<Guid> lessonIds, CancellationToken cancellationToken) =>
        lessonIds.Count > 0 && await enrollments.CountLessonsDoneAsync(lessonIds, cancellationToken) is var done and > 0
            ? $"Participants marked this done {done} time(s); their progress would be lost. Change the text instead, or leave it."
            : null;

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
