using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.UpdateCourse;

internal sealed class UpdateCourseHandler(CoursesDbContext db, CourseRequestValidator validator, Shared.CatalogCache catalogCache, StaffAudit audit)
{
    public async Task<(CourseResponse? Course, ValidationErrors Errors, bool Found)> HandleAsync(Guid courseId, CourseRequest request, CancellationToken cancellationToken)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return (null, new ValidationErrors(), false);
        }

        var (definition, errors) = await validator.ValidateAsync(request, requireCode: false, cancellationToken);
        if (definition is null)
        {
            return (null, errors, true);
        }

        var accreditationsBefore = AuditChanges.Text(course.Accreditations);
        course.Apply(definition);
        audit.Record(db, AuditActions.CourseChanged, new AuditSubject(nameof(Course), course.Id),
            AuditChanges.Tracked(db.Entry(course)).Add(nameof(Course.Accreditations), accreditationsBefore, AuditChanges.Text(course.Accreditations)));
        await db.SaveChangesAsync(cancellationToken);
        await catalogCache.InvalidateAsync(cancellationToken);
        return (CourseResponse.From(course), errors, true);
    }
}
