using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Features.ListMyEnrollments;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

/// <summary>The step before withdrawing: what leaving means (the seat passes on, the free cancellation deadline), then the choice.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class WithdrawModel(ListMyEnrollmentsHandler myEnrollments, ICourseCatalog catalog, TimeProvider clock) : PageModel
{
    internal EnrollmentResponse Enrollment { get; private set; } = null!;

    internal DateTime? FreeCancellationUntilUtc { get; private set; }

    public bool DeadlinePassed => FreeCancellationUntilUtc is { } deadline && clock.GetUtcNow().UtcDateTime >= deadline;

    public async Task<IActionResult> OnGetAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        // Only one's own: staff withdraw a participant from the roster.
        var enrollment = (await myEnrollments.HandleAsync(cancellationToken)).SingleOrDefault(e => e.Id == enrollmentId);
        if (enrollment is null)
        {
            return NotFound();
        }

        if (enrollment.Status is not (EnrollmentStatus.Enrolled or EnrollmentStatus.Waitlisted or EnrollmentStatus.PendingApproval))
        {
            return Redirect("/learning");
        }

        Enrollment = enrollment;
        FreeCancellationUntilUtc = enrollment.Status == EnrollmentStatus.Enrolled
            ? (await catalog.GetOfferingAsync(enrollment.OfferingId, cancellationToken))?.CancellationDeadlineUtc
            : null;
        return Page();
    }
}
