using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.MarkLessonDone;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

/// <summary>The target of the "Mark as done" buttons on an offering's content page.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class LessonDoneModel(MarkLessonDoneHandler markLessonDone) : PageModel
{
    public IActionResult OnGet() => Redirect("/learning");

    public async Task<IActionResult> OnPostAsync(Guid enrollmentId, Guid lessonId, bool done, string? returnUrl, CancellationToken cancellationToken)
    {
        var outcome = await markLessonDone.HandleAsync(enrollmentId, lessonId, done, cancellationToken);
        if (!outcome.IsOk)
        {
            return NotFound();
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/learning");
    }
}
