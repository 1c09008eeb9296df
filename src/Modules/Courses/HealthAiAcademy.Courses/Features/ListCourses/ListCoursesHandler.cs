using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ListCourses;

internal sealed class ListCoursesHandler(CoursesDbContext db)
{
    public async Task<PagedResult<CourseResponse>> HandleAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Courses.CountAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Code).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<CourseResponse>([.. courses.Select(CourseResponse.From)], page, pageSize, total);
    }
}
