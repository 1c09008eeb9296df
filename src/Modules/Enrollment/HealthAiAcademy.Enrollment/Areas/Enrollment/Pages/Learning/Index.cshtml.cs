using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Features.AcceptSeatOffer;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Features.ShowMyLearning;
using HealthAiAcademy.Enrollment.Features.WithdrawEnrollment;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

/// <summary>"My learning": a participant's enrollments, offers to claim and upcoming sessions.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class IndexModel(
    WithdrawEnrollmentHandler withdraw, AcceptSeatOfferHandler acceptOffer, MyLearningQuery myLearningQuery, IStringLocalizer<EnrollmentText> text) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    internal IReadOnlyList<EnrollmentResponse> Enrollments { get; private set; } = [];

    internal IReadOnlyList<(SessionSnapshot Session, string Title)> UpcomingSessions { get; private set; } = [];

    internal IReadOnlyList<(DueAssessment Assessment, string OfferingTitle)> Due { get; private set; } = [];

    internal IReadOnlyList<PendingEvaluation> Evaluations { get; private set; } = [];

    internal IReadOnlyDictionary<Guid, ProgressResponse> Progress { get; private set; } = new Dictionary<Guid, ProgressResponse>();

    internal HealthAiAcademy.Compliance.Contracts.ObligationSummary Obligations { get; private set; } = new(0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        ChangeAsync(withdraw.HandleAsync(enrollmentId, cancellationToken), text["You are withdrawn."], cancellationToken);

    public Task<IActionResult> OnPostAcceptOfferAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        ChangeAsync(acceptOffer.HandleAsync(enrollmentId, cancellationToken), text["The seat is yours: you are enrolled."], cancellationToken);

    private async Task<IActionResult> ChangeAsync(Task<Outcome<EnrollmentResponse>> change, string notice, CancellationToken cancellationToken)
    {
        var outcome = await change;
        if (outcome.IsOk)
        {
            Notice = notice;
            return Redirect("/learning");
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        Problem = outcome.Message;
        Response.StatusCode = outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var learning = await myLearningQuery.HandleAsync(cancellationToken);
        Enrollments = learning.Enrollments;
        UpcomingSessions = learning.UpcomingSessions;
        Due = learning.Due;
        Evaluations = learning.Evaluations;
        Progress = learning.Progress;
        Obligations = learning.Obligations;
    }
}
