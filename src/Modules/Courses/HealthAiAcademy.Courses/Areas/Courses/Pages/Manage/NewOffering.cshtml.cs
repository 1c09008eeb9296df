using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.CreateOffering;
using HealthAiAcademy.Courses.Features.ListCourses;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

[Authorize(Policy = Policies.Coordinators)]
internal sealed class NewOfferingModel(CreateOfferingHandler createOffering, ListCoursesHandler courses) : PageModel
{
    [BindProperty]
    public OfferingForm Form { get; set; } = new();

    internal IReadOnlyList<CourseResponse> Courses { get; private set; } = [];

    public async Task OnGetAsync(Guid? courseId, CancellationToken cancellationToken)
    {
        Form.CourseId = courseId;
        await LoadCoursesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await createOffering.HandleAsync(Form.ToRequest(), cancellationToken);
        if (outcome.IsOk)
        {
            return Redirect($"/manage/offerings/{outcome.Value!.Id}");
        }

        ModelState.AddErrors(outcome.Errors ?? new ValidationErrors(), "Form");
        await LoadCoursesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadCoursesAsync(CancellationToken cancellationToken) =>
        Courses = (await courses.HandleAsync(1, PageRequest.MaxPageSize, cancellationToken)).Items;
}
