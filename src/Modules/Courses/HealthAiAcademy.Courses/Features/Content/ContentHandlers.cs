using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Content;

/// <summary>An offering's learning content: for its enrolled participants and its staff only.</summary>
internal sealed class ContentHandlers(
    CoursesDbContext db, OfferingAccess access, ICurrentUser currentUser, IEnrollmentDirectory enrollments, MarkdownRenderer markdown)
{
    public async Task<Outcome<IReadOnlyList<ContentModuleResponse>>> GetAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<IReadOnlyList<ContentModuleResponse>>.NotFound("The offering");
        }

        var participant = currentUser.UserId is { } userId && await enrollments.IsParticipantAsync(offeringId, userId, cancellationToken);
        if (!participant && !access.MayManage(offering))
        {
            return Outcome<IReadOnlyList<ContentModuleResponse>>.Forbidden("The content is for the offering's enrolled participants and staff.");
        }

        var modules = await db.ContentModules.AsNoTracking().Where(m => m.OfferingId == offeringId).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<ContentModuleResponse>>.Ok([.. modules.Select(ToResponse)]);
    }

    public async Task<Outcome<ContentModuleResponse>> AddModuleAsync(Guid offeringId, ContentModuleRequest request, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<ContentModuleResponse>.NotFound("The offering");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<ContentModuleResponse>.Forbidden("Only coordinators and the offering's own instructors add content.");
        }

        var errors = new ValidationErrors().AddIf(string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200, "title", "A title of 1 to 200 characters.");
        if (!errors.IsValid)
        {
            return Outcome<ContentModuleResponse>.Invalid(errors);
        }

        var last = await db.ContentModules.Where(m => m.OfferingId == offeringId).MaxAsync(m => (int?)m.Position, cancellationToken) ?? 0;
        var module = new ContentModule(Guid.NewGuid(), offeringId, request.Title!.Trim(), last + 1);
        db.ContentModules.Add(module);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ContentModuleResponse>.Ok(ToResponse(module));
    }

    public async Task<Outcome<LessonResponse>> AddLessonAsync(Guid moduleId, LessonRequest request, CancellationToken cancellationToken)
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
        return Outcome<LessonResponse>.Ok(ToResponse(lesson));
    }

    private ContentModuleResponse ToResponse(ContentModule module) =>
        new(module.Id, module.Title, module.Position, [.. module.Lessons.OrderBy(l => l.Position).Select(ToResponse)]);

    private LessonResponse ToResponse(Lesson lesson) =>
        new(lesson.Id, lesson.Title, lesson.Position, markdown.ToSafeHtml(lesson.BodyMarkdown), lesson.VideoUrl, lesson.ResourceUrl);
}
