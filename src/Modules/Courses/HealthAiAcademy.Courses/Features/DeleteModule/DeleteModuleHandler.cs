using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.DeleteModule;

/// <summary>Removes a module with its lessons, unless participants have worked through any of them; the others move up.</summary>
internal sealed class DeleteModuleHandler(CoursesDbContext db, ContentChanges changes)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid moduleId, CancellationToken cancellationToken)
    {
        var (module, refusal) = await changes.ModuleAsync<Guid>(m => m.Id == moduleId, cancellationToken);
        if (module is null)
        {
            return refusal!;
        }

        if (await changes.WorkAttachedAsync([.. module.Lessons.Select(l => l.Id)], cancellationToken) is { } reason)
        {
            return Outcome<Guid>.Conflict(reason);
        }

        db.ContentModules.Remove(module);
        var position = 1;
        foreach (var other in await db.ContentModules.Where(m => m.OfferingId == module.OfferingId && m.Id != moduleId).OrderBy(m => m.Position).ToListAsync(cancellationToken))
        {
            other.MoveTo(position++);
        }

        await changes.SaveAsync(cancellationToken);
        return Outcome<Guid>.Ok(module.OfferingId);
    }
}
