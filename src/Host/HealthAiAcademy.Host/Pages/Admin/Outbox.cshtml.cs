using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Admin;

/// <summary>Integration events a module never received after every retry: their error, and a button to deliver them again.</summary>
[Authorize(Policy = Policies.Administrators)]
internal sealed class OutboxModel(ParkedOutboxMessages parked, ICurrentUser currentUser, IStringLocalizer<HostText> text, ILogger<OutboxModel> logger) : PageModel
{
    internal IReadOnlyList<ParkedMessage> Messages { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Messages = await parked.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(string module, Guid messageId, CancellationToken cancellationToken)
    {
        var retried = await parked.RetryAsync(module, messageId, currentUser.UserId, cancellationToken);
        logger.LogInformation("Administrator {User} retried parked outbox message {MessageId} of {Module}: {Retried}", User.Identity?.Name, messageId, module, retried);
        Notice = retried ? text["The message is delivered again now."] : text["That message is no longer waiting."];
        return RedirectToPage();
    }
}
