using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.ExportForRegistry;
using HealthAiAcademy.Certification.Features.ListRegistryExports;
using HealthAiAcademy.Certification.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Manage;

/// <summary>Presence lists for the registries a course is accredited by: who is new, and every list made so far.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class RegistryExportsModel(ListRegistryExportsHandler overview, ExportForRegistryHandler export, IStringLocalizer<CertificationText> text) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    internal RegistryExportsOverview Offering { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostExportAsync(Guid offeringId, string registry, bool onlyNew, CancellationToken cancellationToken)
    {
        var outcome = await export.HandleAsync(offeringId, new ExportForRegistryRequest(registry, onlyNew), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The presence list for {0} holds {1} person(s); download it below.", outcome.Value!.Registry, outcome.Value.People];
            return Redirect($"/manage/offerings/{offeringId}/registry-exports");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        Problem = outcome.Message ?? string.Join(" ", outcome.Errors?.ToDictionary().SelectMany(e => e.Value) ?? []);
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await overview.HandleAsync(offeringId, cancellationToken);
        if (!outcome.IsOk)
        {
            return NotFound();
        }

        Offering = outcome.Value!;
        return null;
    }
}
