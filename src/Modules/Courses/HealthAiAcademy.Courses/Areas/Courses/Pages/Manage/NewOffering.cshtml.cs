using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.CreateOffering;
using HealthAiAcademy.Courses.Features.ListCourses;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using HealthAiAcademy.Courses.Resources;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

[Authorize(Policy = Policies.Coordinators)]
internal sealed class NewOfferingModel(
    CreateOfferingHandler createOffering, ListCoursesHandler courses, IUserDirectory directory, IStringLocalizer<CoursesText> text) : PageModel
{
    /// <summary>The instructors' email addresses, as the staff field posts them; none means the course's instructors.</summary>
    [BindProperty]
    public List<string> Instructors { get; set; } = [];

    public StaffPicker InstructorPicker { get; private set; } = null!;

    [BindProperty]
    public OfferingRequest Form { get; set; } = OfferingRequest.NewOffering(null);

    internal IReadOnlyList<CourseResponse> Courses { get; private set; } = [];

    public async Task OnGetAsync(Guid? courseId, CancellationToken cancellationToken)
    {
        Form = OfferingRequest.NewOffering(courseId);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (instructors, allKnown) = await ModelState.ResolveAsync(directory, "Instructors", Instructors, entry => text["No staff account has the address {0}.", entry], cancellationToken);
        Form.InstructorIds = instructors;
        if (!allKnown)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var outcome = await createOffering.HandleAsync(Form, cancellationToken);
        if (outcome.IsOk)
        {
            return Redirect($"/manage/offerings/{outcome.Value!.Id}");
        }

        ModelState.AddErrors(outcome.Errors ?? new ValidationErrors(), "Form");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Courses = (await courses.HandleAsync(1, PageRequest.MaxPageSize, cancellationToken)).Value?.Items ?? [];
        InstructorPicker = new StaffPicker("Instructors", text["Instructors"], await StaffChoice.ProfilesAsync(directory, Form.InstructorIds ?? [], cancellationToken),
            text["Leave empty to take the course's instructors."]);
    }
}
