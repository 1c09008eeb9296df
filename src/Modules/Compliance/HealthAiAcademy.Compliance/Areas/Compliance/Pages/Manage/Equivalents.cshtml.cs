using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.DecideEquivalent;
using HealthAiAcademy.Compliance.Features.ListEquivalents;
using HealthAiAcademy.Compliance.Features.WithdrawEquivalent;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>Coordinators decide on training people followed elsewhere: the evidence, approve or reject with a reason; withdraw an approval that did not hold.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class EquivalentsModel(ListEquivalentsHandler equivalents, DecideEquivalentHandler decide, WithdrawEquivalentHandler withdraw, IStringLocalizer<ComplianceText> text)
    : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The note typed for the equivalent whose decision was refused, shown again with the message.</summary>
    [BindProperty]
    public string? Note { get; set; }

    internal Guid? Refused { get; private set; }

    internal IReadOnlyList<EquivalentView> Items { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(Guid equivalentId, EquivalentDecision decision, CancellationToken cancellationToken)
    {
        var outcome = await decide.HandleAsync(equivalentId, new DecideEquivalentRequest(decision, Note), cancellationToken);
        return await AfterAsync(equivalentId, outcome, decision == EquivalentDecision.Approve ? text["Approved: it meets the requirement from today."] : text["Rejected; the person sees your reason."],
            cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid equivalentId, CancellationToken cancellationToken)
    {
        var outcome = await withdraw.HandleAsync(equivalentId, new WithdrawEquivalentRequest(Note), cancellationToken);
        return await AfterAsync(equivalentId, outcome, text["The approval is withdrawn; it no longer counts from today."], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync<T>(Guid equivalentId, Outcome<T> outcome, string notice, CancellationToken cancellationToken)
    {
        if (outcome.IsOk)
        {
            Notice = notice;
            return RedirectToPage();
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        Refused = equivalentId;
        this.ShowRefusal(outcome, string.Empty);
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await equivalents.HandleAsync(null, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Items = outcome.Value!;
        return Page();
    }
}
