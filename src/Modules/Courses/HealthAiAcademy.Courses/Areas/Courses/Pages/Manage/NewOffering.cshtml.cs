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
    public OfferingRequest Form { get; set; } = OfferingRequest.NewOffering(null);

    internal IReadOnlyList<CourseResponse> Courses { get; private set; } = [];

    public async Task OnGetAsync(Guid? courseId, CancellationToken cancellationToken)
    {
        Form = OfferingRequest.NewOffering(courseId);
        await LoadCoursesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await createOffering.HandleAsync(Form, cancellationToken);
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
