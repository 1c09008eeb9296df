using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Modules and lessons as participants read them: lesson text rendered from Markdown and sanitised.</summary>
internal sealed class ContentViews(MarkdownRenderer markdown)
{
    public ContentModuleResponse ToResponse(ContentModule module) =>
        new(module.Id, module.Title, module.Position, [.. module.Lessons.OrderBy(l => l.Position).Select(ToResponse)]);

    public LessonResponse ToResponse(Lesson lesson) =>
        new(lesson.Id, lesson.Title, lesson.Position, markdown.ToSafeHtml(lesson.BodyMarkdown), lesson.VideoUrl, lesson.ResourceUrl);
}
