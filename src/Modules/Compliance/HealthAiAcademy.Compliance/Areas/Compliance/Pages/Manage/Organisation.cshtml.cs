using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.AddFunction;
using HealthAiAcademy.Compliance.Features.AddUnit;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>The organisation chart: divisions, departments and units with their head counts, and the functions people hold.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class OrganisationModel(
    ListOrganisationHandler organisation, AddUnitHandler addUnit, AddFunctionHandler addFunction, ICurrentUser currentUser, IStringLocalizer<ComplianceText> text)
    : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public UnitInput Unit { get; set; } = new();

    [BindProperty]
    public FunctionInput Function { get; set; } = new();

    internal OrganisationView Chart { get; private set; } = null!;

    public bool MayMaintain => currentUser.MayMaintain();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostUnitAsync(CancellationToken cancellationToken)
    {
        var outcome = await addUnit.HandleAsync(new AddUnitRequest(Unit.Name, Unit.ParentId), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["{0} is added.", outcome.Value!.Path];
            return RedirectToPage();
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        this.ShowRefusal(outcome, nameof(Unit));
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostFunctionAsync(CancellationToken cancellationToken)
    {
        var outcome = await addFunction.HandleAsync(new AddFunctionRequest(Function.Name), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The function {0} is added.", outcome.Value!.Name];
            return RedirectToPage();
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        this.ShowRefusal(outcome, nameof(Function));
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await organisation.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Chart = outcome.Value!;
        return Page();
    }

    public sealed class UnitInput
    {
        public string? Name { get; set; }

        public Guid? ParentId { get; set; }
    }

    public sealed class FunctionInput
    {
        public string? Name { get; set; }
    }
}
