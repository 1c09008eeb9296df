using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Courses.Features.ListCourses;
using HealthAiAcademy.Courses.Features.ListManagedOfferings;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(ListManagedOfferingsHandler managedOfferings, ListCoursesHandler courses) : PageModel
{
    internal IReadOnlyList<ManagedOffering> Offerings { get; private set; } = [];

    public bool IsCoordinator { get; private set; }

    internal IReadOnlyList<CourseResponse> Courses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsCoordinator = User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Administrator);
        Offerings = await managedOfferings.HandleAsync(cancellationToken);
        if (IsCoordinator)
        {
            Courses = (await courses
                .HandleAsync(1, BuildingBlocks.Web.PageRequest.MaxPageSize, cancellationToken)).Value?.Items ?? [];
        }
    }
}
