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

        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200, "title", "A title of 1 to 200 characters.")
            .AddIf(request.Body?.Length > 50_000, "body", "At most 50,000 characters.")
            .AddIf(LinkInput.Clean(request.VideoUrl) is { } video && !LinkInput.IsWebLink(video), "videoUrl", "An http(s) link.")
            .AddIf(LinkInput.Clean(request.ResourceUrl) is { } resource && !LinkInput.IsWebLink(resource), "resourceUrl", "An http(s) link.")
            .AddIf(string.IsNullOrWhiteSpace(request.Body) && LinkInput.Clean(request.VideoUrl) is null && LinkInput.Clean(request.ResourceUrl) is null,
                "body", "A lesson needs a text, a video link or a resource link.");
        if (!errors.IsValid)
        {
            return Outcome<LessonResponse>.Invalid(errors);
        }

        var lesson = module.AddLesson(request.Title!.Trim(), request.Body?.Trim() ?? string.Empty, LinkInput.Clean(request.VideoUrl), LinkInput.Clean(request.ResourceUrl));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<LessonResponse>.Ok(views.ToResponse(lesson));
    }
}
