using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.CreateCourse;

/// <summary>Defines a course: what is taught, for whom, its study load and accreditations; course codes are unique.</summary>
internal sealed class CreateCourseHandler(CoursesDbContext db, CourseRequestValidator validator, OfferingAccess access, StaffAudit audit)
{
    public async Task<Outcome<CourseResponse>> HandleAsync(CourseRequest request, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator)
        {
            return Outcome<CourseResponse>.Forbidden("Only coordinators define courses.");
        }

        var (definition, errors) = await validator.ValidateAsync(request, requireCode: true, cancellationToken);
        if (definition is null)
        {
            return Outcome<CourseResponse>.Invalid(errors);
        }

        var code = request.Code!.Trim();
        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return Outcome<CourseResponse>.Conflict($"A course with code {code} already exists.");
        }

        var course = new Course(Guid.NewGuid(), code, definition);
        db.Courses.Add(course);
        audit.Record(db, AuditActions.CourseCreated, new AuditSubject(nameof(Course), course.Id), AuditChanges.Tracked(db.Entry(course)));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CourseResponse>.Ok(CourseResponse.From(course));
    }
}
