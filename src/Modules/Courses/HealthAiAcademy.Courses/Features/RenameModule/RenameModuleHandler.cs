using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.Shared;

namespace HealthAiAcademy.Courses.Features.RenameModule;

internal sealed record ModuleTitleRequest(string? Title);

/// <summary>Gives a module another title.</summary>
internal sealed class RenameModuleHandler(ContentChanges changes, ContentViews views)
{
    public async Task<Outcome<ContentModuleResponse>> HandleAsync(Guid moduleId, ModuleTitleRequest request, CancellationToken cancellationToken)
    {
        var (module, refusal) = await changes.ModuleAsync<ContentModuleResponse>(m => m.Id == moduleId, cancellationToken);
        if (module is null)
        {
            return refusal!;
        }

        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            return Outcome<ContentModuleResponse>.Invalid(new ValidationErrors().Add("title", "A title of 1 to 200 characters."));
        }

        module.Rename(title);
        await changes.SaveAsync(cancellationToken);
        return Outcome<ContentModuleResponse>.Ok(views.ToResponse(module));
    }
}
