using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.AddRequirement;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using HealthAiAcademy.Compliance.Features.ListRequirements;
using HealthAiAcademy.Compliance.Features.RemoveRequirement;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>Every training requirement; general AI literacy (art. 4) is set here, a system's own on the system's page.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class RequirementsModel(
    ListRequirementsHandler requirements, ListOrganisationHandler organisation, AddRequirementHandler add, RemoveRequirementHandler remove,
    RequirementViews views, ICurrentUser currentUser, IStringLocalizer<ComplianceText> text) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public LiteracyInput Input { get; set; } = new();

    internal IReadOnlyList<RequirementView> Requirements { get; private set; } = [];

    internal OrganisationView Chart { get; private set; } = new([], []);

    internal IReadOnlyList<CourseRef> Courses { get; private set; } = [];

    public bool MayMaintain => currentUser.MayMaintain();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await add.HandleAsync(new RequirementRequest(Input.Title, RequirementKind.Literacy, null, Input.FunctionIds, Input.UnitIds, Input.CourseIds,
            Input.ValidForMonths), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The requirement is added."];
            return RedirectToPage();
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        this.ShowRefusal(outcome);
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid requirementId, CancellationToken cancellationToken)
    {
        var outcome = await remove.HandleAsync(requirementId, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Notice = text["The requirement is removed."];
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await requirements.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Requirements = outcome.Value!;
        Chart = (await organisation.HandleAsync(cancellationToken)).Value!;
        Courses = [.. (await views.CoursesAsync(cancellationToken)).Values.OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase)];
        return Page();
    }

    internal sealed class LiteracyInput
    {
        public string? Title { get; set; }

        public List<Guid> FunctionIds { get; set; } = [];

        public List<Guid> UnitIds { get; set; } = [];

        public List<Guid> CourseIds { get; set; } = [];

        public int? ValidForMonths { get; set; } = 24;
    }
}
