using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.IssueApiClient;
using HealthAiAcademy.Compliance.Features.ListApiClients;
using HealthAiAcademy.Compliance.Features.RevokeApiClient;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>The hospital systems that may ask the status API: issue a key (shown once), see their use, revoke it.</summary>
[Authorize(Policy = Policies.Administrators)]
internal sealed class ApiClientsModel(ListApiClientsHandler clients, IssueApiClientHandler issue, RevokeApiClientHandler revoke, IStringLocalizer<ComplianceText> text)
    : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public IssueInput Input { get; set; } = new();

    /// <summary>The key and secret just issued: shown on this answer only, never stored readable.</summary>
    internal IssuedApiClient? Issued { get; private set; }

    internal IReadOnlyList<ApiClientView> Clients { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await issue.HandleAsync(new IssueApiClientRequest(Input.Name, Input.WebhookUrl), cancellationToken);
        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        if (outcome.IsOk)
        {
            Issued = outcome.Value;
            Input = new IssueInput();
        }
        else
        {
            this.ShowRefusal(outcome);
        }

        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var outcome = await revoke.HandleAsync(clientId, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Notice = text["The key is revoked: the system is refused from its next call on."];
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await clients.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Clients = outcome.Value!;
        return Page();
    }

    internal sealed class IssueInput
    {
        public string? Name { get; set; }

        public string? WebhookUrl { get; set; }
    }
}
