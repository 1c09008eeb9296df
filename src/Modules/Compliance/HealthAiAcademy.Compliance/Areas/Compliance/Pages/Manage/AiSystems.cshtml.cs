using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.ListAiSystems;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using HealthAiAcademy.Compliance.Features.RegisterAiSystem;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>The AI-system register: every system the hospital deploys, and who of its users may operate it today.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class AiSystemsModel(ListAiSystemsHandler systems, ListOrganisationHandler organisation, RegisterAiSystemHandler register, ICurrentUser currentUser)
    : PageModel
{
    [BindProperty]
    public AiSystemInput Input { get; set; } = new();

    internal IReadOnlyList<AiSystemSummary> Systems { get; private set; } = [];

    internal IReadOnlyList<UnitView> Units { get; private set; } = [];

    public bool MayMaintain => currentUser.MayMaintain();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await register.HandleAsync(Input.ToRequest(), cancellationToken);
        if (outcome.IsOk)
        {
            return Redirect($"/manage/ai-systems/{outcome.Value}");
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        this.ShowRefusal(outcome);
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await systems.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Systems = outcome.Value!;
        Units = (await organisation.HandleAsync(cancellationToken)).Value?.Units ?? [];
        return Page();
    }
}
