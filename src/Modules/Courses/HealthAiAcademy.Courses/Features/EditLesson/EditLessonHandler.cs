using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.Shared;

namespace HealthAiAcademy.Courses.Features.EditLesson;

/// <summary>Changes a lesson's title, text or links; participants' progress on it stays.</summary>
internal sealed class EditLessonHandler(ContentChanges changes, ContentViews views)
{
    public async Task<Outcome<LessonResponse>> HandleAsync(Guid lessonId, LessonRequest request, CancellationToken cancellationToken)
    {
        var (module, refusal) = await changes.ModuleAsync<LessonResponse>(m => m.Lessons.Any(l => l.Id == lessonId), cancellationToken);
        if (module is null)
        {
            return refusal!;
        }

        var (input, errors) = LessonInput.Validate(request);
        if (input is null)
        {
            return Outcome<LessonResponse>.Invalid(errors);
        }

        var lesson = module.Lessons.Single(l => l.Id == lessonId);
        lesson.Change(input.Title, input.Body, input.VideoUrl, input.ResourceUrl);
        await changes.SaveAsync(cancellationToken);
        return Outcome<LessonResponse>.Ok(views.ToResponse(lesson));
    }
}
