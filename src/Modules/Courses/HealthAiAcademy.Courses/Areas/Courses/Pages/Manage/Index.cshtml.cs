using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Courses.Features.ManageOfferings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(ManagedOfferingQueries managedOfferingQueries, Features.Courses.CourseHandlers courseHandlers) : PageModel
{
    internal IReadOnlyList<ManagedOffering> Offerings { get; private set; } = [];

    public bool IsCoordinator { get; private set; }

    internal IReadOnlyList<Features.Courses.CourseResponse> Courses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsCoordinator = User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Administrator);
        Offerings = await managedOfferingQueries.ListAsync(cancellationToken);
        if (IsCoordinator)
        {
            Courses = (await courseHandlers
                .ListAsync(1, BuildingBlocks.Web.PageRequest.MaxPageSize, cancellationToken)).Items;
        }
    }
}
