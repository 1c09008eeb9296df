using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ListCourses;

internal sealed class ListCoursesHandler(CoursesDbContext db, OfferingAccess access)
{
    public async Task<Outcome<PagedResult<CourseResponse>>> HandleAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        if (!access.IsStaff)
        {
            return Outcome<PagedResult<CourseResponse>>.Forbidden("Course definitions are for staff.");
        }

        var total = await db.Courses.CountAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Code).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return Outcome<PagedResult<CourseResponse>>.Ok(new PagedResult<CourseResponse>([.. courses.Select(CourseResponse.From)], page, pageSize, total));
    }
}
