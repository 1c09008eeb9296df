using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetCourse;

internal sealed class GetCourseHandler(CoursesDbContext db, OfferingAccess access)
{
    public async Task<Outcome<CourseResponse>> HandleAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (!access.IsStaff)
        {
            return Outcome<CourseResponse>.Forbidden("Course definitions are for staff.");
        }

        return await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken) is { } course
            ? Outcome<CourseResponse>.Ok(CourseResponse.From(course))
            : Outcome<CourseResponse>.NotFound("The course");
    }
}
