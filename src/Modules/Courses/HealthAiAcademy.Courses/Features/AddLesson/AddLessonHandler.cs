using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.AddLesson;

internal sealed class AddLessonHandler(CoursesDbContext db, OfferingAccess access, ContentViews views)
{
    public async Task<Outcome<LessonResponse>> HandleAsync(Guid moduleId, LessonRequest request, CancellationToken cancellationToken)
    {
        var module = await db.ContentModules.SingleOrDefaultAsync(m => m.Id == moduleId, cancellationToken);
        var offering = module is null ? null : await db.Offerings.Include(o => o.Course).SingleAsync(o => o.Id == module.OfferingId, cancellationToken);
        if (module is null || offering is null)
        {
            return Outcome<LessonResponse>.NotFound("The content module");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<LessonResponse>.Forbidden("Only coordinators and the offering's own instructors add lessons.");
        }

        var (input, errors) = LessonInput.Validate(request);
        if (input is null)
        {
            return Outcome<LessonResponse>.Invalid(errors);
        }

        var lesson = module.AddLesson(input.Title, input.Body, input.VideoUrl, input.ResourceUrl);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<LessonResponse>.Ok(views.ToResponse(lesson));
    }
}
