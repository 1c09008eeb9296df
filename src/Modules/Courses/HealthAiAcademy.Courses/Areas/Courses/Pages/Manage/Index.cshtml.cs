using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Courses.Features.ManageOfferings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel : PageModel
{
    internal IReadOnlyList<ManagedOffering> Offerings { get; private set; } = [];

    public bool IsCoordinator { get; private set; }

    internal IReadOnlyList<Features.Courses.CourseResponse> Courses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsCoordinator = User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Administrator);
        Offerings = await HttpContext.RequestServices.GetRequiredService<ManagedOfferingQueries>().ListAsync(cancellationToken);
        if (IsCoordinator)
        {
            Courses = (await HttpContext.RequestServices.GetRequiredService<Features.Courses.CourseHandlers>()
                .ListAsync(1, BuildingBlocks.Web.PageRequest.MaxPageSize, cancellationToken)).Items;
        }
    }
}
