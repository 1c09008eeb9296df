namespace HealthAiAcademy.Courses.Features.Shared;

internal sealed record ContentModuleRequest(string? Title);

internal sealed record LessonRequest(string? Title, string? Body, string? VideoUrl, string? ResourceUrl);

internal sealed record ContentModuleResponse(Guid Id, string Title, int Position, IReadOnlyList<LessonResponse> Lessons);

internal sealed record LessonResponse(Guid Id, string Title, int Position, string BodyHtml, string? VideoUrl, string? ResourceUrl);
