using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetCourse;

internal sealed class GetCourseHandler(CoursesDbContext db)
{
    public async Task<CourseResponse?> HandleAsync(Guid courseId, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken) is { } course
            ? CourseResponse.From(course)
            : null;
}
