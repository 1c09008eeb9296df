using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.UpdateCourse;

internal sealed class UpdateCourseHandler(CoursesDbContext db, CourseRequestValidator validator, OfferingAccess access, Shared.CatalogCache catalogCache, StaffAudit audit)
{
    public async Task<Outcome<CourseResponse>> HandleAsync(Guid courseId, CourseRequest request, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator)
        {
            return Outcome<CourseResponse>.Forbidden("Only coordinators change courses.");
        }

        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return Outcome<CourseResponse>.NotFound("The course");
        }

        var (definition, errors) = await validator.ValidateAsync(request, requireCode: false, cancellationToken);
        if (definition is null)
        {
            return Outcome<CourseResponse>.Invalid(errors);
        }

        var accreditationsBefore = AuditChanges.Text(course.Accreditations);
        course.Apply(definition);
        audit.Record(db, AuditActions.CourseChanged, new AuditSubject(nameof(Course), course.Id),
            AuditChanges.Tracked(db.Entry(course)).Add(nameof(Course.Accreditations), accreditationsBefore, AuditChanges.Text(course.Accreditations)));
        await db.SaveChangesAsync(cancellationToken);
        await catalogCache.InvalidateAsync(cancellationToken);
        return Outcome<CourseResponse>.Ok(CourseResponse.From(course));
    }
}
