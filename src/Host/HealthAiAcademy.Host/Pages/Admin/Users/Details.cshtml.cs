using HealthAiAcademy.Host.Identity.Features.EraseAccount;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.DeactivateUser;
using HealthAiAcademy.Host.Identity.Features.GetUser;
using HealthAiAcademy.Host.Identity.Features.GrantRole;
using HealthAiAcademy.Host.Identity.Features.ReactivateUser;
using HealthAiAcademy.Host.Identity.Features.ResendInvitation;
using HealthAiAcademy.Host.Identity.Features.RevokeRole;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Admin.Users;

/// <summary>One person's account: roles, access and every change, with who made it.</summary>
[Authorize(Policy = Policies.Administrators)]
internal sealed class DetailsModel(GetUserHandler details, AccountLabels labels, IStringLocalizer<HostText> text) : PageModel
{
    public UserDetails? Details { get; private set; }

    public AccountLabels Labels => labels;

    public IReadOnlyList<string> GrantableRoles => Identity.Features.Shared.GrantableRoles.All;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid userId, CancellationToken cancellationToken) =>
        await LoadAsync(userId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostGrantAsync(Guid userId, string role, [FromServices] GrantRoleHandler handler, CancellationToken cancellationToken) =>
        AnswerAsync(userId, handler.HandleAsync(userId, role, cancellationToken), text["{0} granted.", labels.Role(role)], cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid userId, string role, [FromServices] RevokeRoleHandler handler, CancellationToken cancellationToken) =>
        AnswerAsync(userId, handler.HandleAsync(userId, role, cancellationToken), text["{0} revoked; the person is signed out.", labels.Role(role)], cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(Guid userId, [FromServices] DeactivateUserHandler handler, CancellationToken cancellationToken) =>
        AnswerAsync(userId, handler.HandleAsync(userId, cancellationToken), text["The account is deactivated and signed out everywhere."], cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid userId, [FromServices] ReactivateUserHandler handler, CancellationToken cancellationToken) =>
        AnswerAsync(userId, handler.HandleAsync(userId, cancellationToken), text["The account is active again."], cancellationToken);

    public Task<IActionResult> OnPostEraseAsync(Guid userId, bool? confirmed, [FromServices] EraseAccountHandler handler, CancellationToken cancellationToken) =>
        AnswerAsync(userId, handler.HandleAsync(userId, new EraseAccountRequest(confirmed), cancellationToken), text["The person is erased; every part of the academy removes what it held."], cancellationToken);

    public Task<IActionResult> OnPostResendAsync(Guid userId, [FromServices] ResendInvitationHandler handler, CancellationToken cancellationToken) =>
        AnswerAsync(userId, handler.HandleAsync(userId, cancellationToken), text["A new invitation is on its way."], cancellationToken);

    public string DetailText(AccountChangeView change) =>
        change.Kind is AccountChangeKind.RoleGranted or AccountChangeKind.RoleRevoked or AccountChangeKind.Invited or AccountChangeKind.Registered
            ? string.Join(", ", change.Detail!.Split(", ").Select(labels.Role))
            : change.Detail!;

    private async Task<IActionResult> AnswerAsync(Guid userId, Task<Outcome<UserSummary>> change, string done, CancellationToken cancellationToken)
    {
        var outcome = await change;
        if (outcome.IsOk)
        {
            Notice = done;
            return RedirectToPage(new { userId });
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        if (outcome.Errors is { } errors)
        {
            ModelState.AddErrors(errors, prefix: string.Empty);
        }
        else
        {
            ModelState.AddModelError(string.Empty, outcome.Message!);
        }

        // The refusal is shown on the page as it stands now, answered 409 for what conflicts.
        Response.StatusCode = outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return await LoadAsync(userId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var outcome = await details.HandleAsync(userId, cancellationToken);
        Details = outcome.Value;
        return outcome.IsOk;
    }
}
