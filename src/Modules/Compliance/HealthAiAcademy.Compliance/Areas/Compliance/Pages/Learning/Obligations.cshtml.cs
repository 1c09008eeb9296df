using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.GetMyObligations;
using HealthAiAcademy.Compliance.Features.SubmitEquivalent;
using HealthAiAcademy.Compliance.Features.WithdrawEquivalent;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Learning;

/// <summary>My obligations: the training the hospital requires of me for AI, what is done, what lapses soon, where to get the rest; training followed elsewhere offered for a coordinator's approval.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ObligationsModel(
    GetMyObligationsHandler obligations, SubmitEquivalentHandler submit, WithdrawEquivalentHandler withdraw, IStringLocalizer<ComplianceText> text) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public EquivalentInput Equivalent { get; set; } = new();

    internal MyObligations Mine { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? requirement, CancellationToken cancellationToken)
    {
        Equivalent.RequirementId ??= requirement;
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken)
    {
        var evidence = await EvidenceFile.ReadAsync(Equivalent.Evidence, cancellationToken);
        var outcome = await submit.HandleAsync(new SubmitEquivalentRequest(Equivalent.RequirementId, Equivalent.Title, Equivalent.Provider, Equivalent.CompletedOn,
            Equivalent.ExpiresOn, evidence), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["Your training is recorded; a coordinator looks at the evidence and decides."];
            return RedirectToPage();
        }

        this.ShowRefusal(outcome, nameof(Equivalent));
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid equivalentId, CancellationToken cancellationToken)
    {
        var outcome = await withdraw.HandleAsync(equivalentId, new WithdrawEquivalentRequest(null), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["You withdrew the training you recorded."];
            return RedirectToPage();
        }

        if (this.RefusalOf(outcome.Kind) is { } refused)
        {
            return refused;
        }

        this.ShowRefusal(outcome, nameof(Equivalent));
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await obligations.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Mine = outcome.Value!;
        return Page();
    }

    public sealed class EquivalentInput
    {
        public Guid? RequirementId { get; set; }

        public string? Title { get; set; }

        public string? Provider { get; set; }

        public DateOnly? CompletedOn { get; set; }

        public DateOnly? ExpiresOn { get; set; }

        public IFormFile? Evidence { get; set; }
    }
}
