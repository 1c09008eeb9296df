using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Courses;

internal sealed class CourseHandlers(CoursesDbContext db, CourseRequestValidator validator, Shared.CatalogCache catalogCache)
{
    public async Task<(CourseResponse? Course, ValidationErrors Errors, bool DuplicateCode)> CreateAsync(CourseRequest request, CancellationToken cancellationToken)
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
        await db.SaveChangesAsync(cancellationToken);
        return (CourseResponse.From(course), errors, false);
    }

    public async Task<(CourseResponse? Course, ValidationErrors Errors, bool Found)> UpdateAsync(Guid courseId, CourseRequest request, CancellationToken cancellationToken)
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

        course.Apply(definition);
        await db.SaveChangesAsync(cancellationToken);
        await catalogCache.InvalidateAsync(cancellationToken);
        return (CourseResponse.From(course), errors, true);
    }

    public async Task<PagedResult<CourseResponse>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Courses.CountAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Code).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<CourseResponse>([.. courses.Select(CourseResponse.From)], page, pageSize, total);
    }

    public async Task<CourseResponse?> GetAsync(Guid courseId, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken) is { } course
            ? CourseResponse.From(course)
            : null;
}
