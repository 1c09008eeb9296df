using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.AddContentModule;
using HealthAiAcademy.Courses.Features.AddLesson;
using HealthAiAcademy.Courses.Features.GetContent;
using HealthAiAcademy.Courses.Features.GetOffering;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Courses.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Learn;

/// <summary>An offering's lessons for its participants; its staff also add modules and lessons here.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ContentModel(GetContentHandler getContent, AddContentModuleHandler addModule, AddLessonHandler addLesson, GetOfferingHandler getOfferingHandler,
    IStringLocalizer<CoursesText> text) : PageModel
{
    [BindProperty]
    public string? ModuleTitle { get; set; }

    [BindProperty]
    public LessonInput Lesson { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    internal OfferingDetails Offering { get; private set; } = null!;

    internal IReadOnlyList<ContentModuleResponse> Modules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostModuleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await addModule.HandleAsync(offeringId, new ContentModuleRequest(ModuleTitle), cancellationToken);
        return await AfterAsync(offeringId, outcome, "Module", text["The module is added."], cancellationToken);
    }

    public async Task<IActionResult> OnPostLessonAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await addLesson.HandleAsync(Lesson.ModuleId, new LessonRequest(Lesson.Title, Lesson.Body, Lesson.VideoUrl, Lesson.ResourceUrl), cancellationToken);
        return await AfterAsync(offeringId, outcome, "Lesson", text["The lesson is added."], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync<T>(Guid offeringId, Outcome<T> outcome, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (outcome.IsOk)
        {
            Notice = notice;
            return Redirect($"/catalog/{offeringId}/content");
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        ModelState.AddErrors(outcome.Errors ?? new ValidationErrors(), prefix);
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await getOfferingHandler.HandleAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return NotFound();
        }

        var content = await getContent.HandleAsync(offeringId, cancellationToken);
        if (content.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        Offering = offering;
        Modules = content.Value ?? [];
        return null;
    }

    public sealed class LessonInput
    {
        public Guid ModuleId { get; set; }

        public string? Title { get; set; }

        public string? Body { get; set; }

        public string? VideoUrl { get; set; }

        public string? ResourceUrl { get; set; }
    }
}
