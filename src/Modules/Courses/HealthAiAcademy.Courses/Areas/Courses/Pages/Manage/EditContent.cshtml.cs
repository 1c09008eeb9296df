using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.DeleteLesson;
using HealthAiAcademy.Courses.Features.DeleteModule;
using HealthAiAcademy.Courses.Features.EditLesson;
using HealthAiAcademy.Courses.Features.RenameModule;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Courses.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

/// <summary>One content module: its title, each lesson's text and links, and deleting what nobody has worked through.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class EditContentModel(
    ContentChanges content, RenameModuleHandler rename, DeleteModuleHandler deleteModule, EditLessonHandler editLesson, DeleteLessonHandler deleteLesson,
    IStringLocalizer<CoursesText> text) : PageModel
{
    [BindProperty]
    public string? ModuleTitle { get; set; }

    [BindProperty]
    public LessonRequest? Lesson { get; set; }

    [TempData]
    public string? Notice { get; set; }

    internal Domain.ContentModule Module { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid moduleId, CancellationToken cancellationToken) =>
        await LoadAsync(moduleId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRenameAsync(Guid moduleId, CancellationToken cancellationToken) =>
        await AnswerAsync(moduleId, await rename.HandleAsync(moduleId, new ModuleTitleRequest(ModuleTitle), cancellationToken), text["The module is renamed."], "Module", cancellationToken);

    public async Task<IActionResult> OnPostLessonAsync(Guid moduleId, Guid lessonId, CancellationToken cancellationToken) =>
        await AnswerAsync(moduleId, await editLesson.HandleAsync(lessonId, Lesson ?? new LessonRequest(null, null, null, null), cancellationToken), text["The lesson is saved."], $"Lesson", cancellationToken);

    public async Task<IActionResult> OnPostDeleteLessonAsync(Guid moduleId, Guid lessonId, CancellationToken cancellationToken) =>
        await AnswerAsync(moduleId, await deleteLesson.HandleAsync(lessonId, cancellationToken), text["The lesson is deleted."], string.Empty, cancellationToken);

    public async Task<IActionResult> OnPostDeleteModuleAsync(Guid moduleId, CancellationToken cancellationToken)
    {
        var outcome = await deleteModule.HandleAsync(moduleId, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The module is deleted."];
            return Redirect($"/catalog/{outcome.Value}/content");
        }

        return await AnswerAsync(moduleId, outcome, string.Empty, string.Empty, cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync<T>(Guid moduleId, Outcome<T> outcome, string done, string prefix, CancellationToken cancellationToken)
    {
        if (outcome.IsOk)
        {
            Notice = done;
            return Redirect($"/manage/modules/{moduleId}");
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal && outcome.Kind is not (OutcomeKind.Conflict or OutcomeKind.Invalid))
        {
            return refusal;
        }

        this.ShowRefusal(outcome, prefix);
        return await LoadAsync(moduleId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid moduleId, CancellationToken cancellationToken)
    {
        var (module, refusal) = await content.ModuleAsync<bool>(m => m.Id == moduleId, cancellationToken);
        if (module is null)
        {
            return this.RefusalOf(refusal!.Kind) ?? NotFound();
        }

        Module = module;
        ModuleTitle ??= module.Title;
        return null;
    }
}
