using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.ApproveApplication;
using HealthAiAcademy.Enrollment.Features.GetRoster;
using HealthAiAcademy.Enrollment.Features.MarkNoShow;
using HealthAiAcademy.Enrollment.Features.RejectApplication;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Features.WithdrawEnrollment;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Manage;

/// <summary>The roster for staff: who is in, who waits, and applications to decide on.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class RosterModel(
    ApproveApplicationHandler approve, RejectApplicationHandler reject, MarkNoShowHandler markNoShow, WithdrawEnrollmentHandler withdraw, GetRosterHandler rosterQuery,
    IStringLocalizer<EnrollmentText> text)
    : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public Guid OfferingId { get; private set; }

    internal IReadOnlyList<RosterEntry> Entries { get; private set; } = [];

    public bool IsCoordinator => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Administrator);

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostApproveAsync(Guid offeringId, Guid enrollmentId, CancellationToken cancellationToken) =>
        DecideAsync(offeringId, approve.HandleAsync(enrollmentId, new DecisionRequest(Message), cancellationToken), text["The application is accepted."], cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid offeringId, Guid enrollmentId, CancellationToken cancellationToken) =>
        DecideAsync(offeringId, reject.HandleAsync(enrollmentId, new DecisionRequest(Message), cancellationToken), text["The application is declined."], cancellationToken);

    public Task<IActionResult> OnPostNoShowAsync(Guid offeringId, Guid enrollmentId, CancellationToken cancellationToken) =>
        DecideAsync(offeringId, markNoShow.HandleAsync(enrollmentId, cancellationToken), text["The participant is marked as a no-show."], cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid offeringId, Guid enrollmentId, CancellationToken cancellationToken) =>
        DecideAsync(offeringId, withdraw.HandleAsync(enrollmentId, cancellationToken), text["The participant is withdrawn."], cancellationToken);

    private async Task<IActionResult> DecideAsync(
        Guid offeringId, Task<Outcome<EnrollmentResponse>> decision, string notice, CancellationToken cancellationToken)
    {
        var outcome = await decision;
        if (outcome.IsOk)
        {
            Notice = notice;
            return Redirect($"/manage/offerings/{offeringId}/roster");
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        Problem = outcome.Message;
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        OfferingId = offeringId;
        var roster = await rosterQuery.HandleAsync(offeringId, cancellationToken);
        if (roster.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (roster.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        Entries = roster.Value!;
        return null;
    }
}
