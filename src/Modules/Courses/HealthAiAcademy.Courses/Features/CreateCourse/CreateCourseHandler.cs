using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.CreateCourse;

/// <summary>Defines a course: what is taught, for whom, its study load and accreditations; course codes are unique.</summary>
internal sealed class CreateCourseHandler(CoursesDbContext db, CourseRequestValidator validator, StaffAudit audit)
{
    public async Task<(CourseResponse? Course, ValidationErrors Errors, bool DuplicateCode)> HandleAsync(CourseRequest request, CancellationToken cancellationToken)
    {
        var (definition, errors) = await validator.ValidateAsync(request, requireCode: true, cancellationToken);
        if (definition is null)
        {
            return (null, errors, false);
        }

        var code = request.Code!.Trim();
        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return (null, errors, true);
        }

        var course = new Course(Guid.NewGuid(), code, definition);
        db.Courses.Add(course);
        audit.Record(db, AuditActions.CourseCreated, new AuditSubject(nameof(Course), course.Id), AuditChanges.Tracked(db.Entry(course)));
        await db.SaveChangesAsync(cancellationToken);
        return (CourseResponse.From(course), errors, false);
    }
}
