using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>A lesson's fields, checked the same way when it is added and when it is changed.</summary>
internal sealed record LessonInput(string Title, string Body, string? VideoUrl, string? ResourceUrl)
{
    public static (LessonInput? Input, ValidationErrors Errors) Validate(LessonRequest request)
    {
        var video = LinkInput.Clean(request.VideoUrl);
        var resource = LinkInput.Clean(request.ResourceUrl);
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200, "title", "A title of 1 to 200 characters.")
            .AddIf(request.Body?.Length > 50_000, "body", "At most 50,000 characters.")
            .AddIf(video is not null && !LinkInput.IsWebLink(video), "videoUrl", "An http(s) link.")
            .AddIf(resource is not null && !LinkInput.IsWebLink(resource), "resourceUrl", "An http(s) link.")
            .AddIf(string.IsNullOrWhiteSpace(request.Body) && video is null && resource is null, "body", "A lesson needs a text, a video link or a resource link.");
        return errors.IsValid ? (new LessonInput(request.Title!.Trim(), request.Body?.Trim() ?? string.Empty, video, resource), errors) : (null, errors);
    }
}
