using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.Shared;

namespace HealthAiAcademy.Courses.Features.DeleteLesson;

/// <summary>Removes a lesson nobody has marked done; one with participants' progress is refused with the reason.</summary>
internal sealed class DeleteLessonHandler(ContentChanges changes)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var (module, refusal) = await changes.ModuleAsync<Guid>(m => m.Lessons.Any(l => l.Id == lessonId), cancellationToken);
        if (module is null)
        {
            return refusal!;
        }

        if (await changes.WorkAttachedAsync([lessonId], cancellationToken) is { } reason)
        {
            return Outcome<Guid>.Conflict(reason);
        }

        module.RemoveLesson(module.Lessons.Single(l => l.Id == lessonId));
        await changes.SaveAsync(cancellationToken);
        return Outcome<Guid>.Ok(module.OfferingId);
    }
}
