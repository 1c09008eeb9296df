using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Features.EnrolParticipant;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

/// <summary>Enrolment (or an application, with motivation) for one offering.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class EnrolModel(EnrolParticipantHandler enrolHandler, ICourseCatalog courseCatalog, IStringLocalizer<EnrollmentText> text) : PageModel
{
    [BindProperty]
    public string? Motivation { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The refusal asks for something the profile lacks (a student or registration number): the page links there.</summary>
    public bool ProfileIncomplete { get; private set; }

    internal EnrollmentTerms Offering { get; private set; } = null!;

    public bool NeedsMotivation => Offering.EnrollmentPolicy != EnrollmentPolicy.Open;

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(offeringId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await enrolHandler.HandleAsync(offeringId, new EnrolRequest(Motivation), cancellationToken);
        if (outcome.IsOk)
        {
            var enrollment = outcome.Value.Enrollment;
            Notice = enrollment.Status switch
            {
                Contracts.EnrollmentStatus.Enrolled => text["You are enrolled in {0}.", Offering.Title],
                Contracts.EnrollmentStatus.Waitlisted => text["{0} is full: you are number {1} on the waiting list.", Offering.Title, enrollment.WaitlistPosition!],
                _ => text["Your application for {0} is sent; you will hear from the coordinator.", Offering.Title],
            };
            return Redirect("/learning");
        }

        if (outcome.Errors?.ToDictionary().ContainsKey("motivation") == true)
        {
            ModelState.AddModelError(nameof(Motivation), outcome.Errors.ToDictionary()["motivation"][0]);
        }

        var profileErrors = outcome.Errors?.ToDictionary();
        Problem = outcome.Message ?? profileErrors?.GetValueOrDefault("studentNumber")?.FirstOrDefault() ?? profileErrors?.GetValueOrDefault("registrationNumber")?.FirstOrDefault();
        ProfileIncomplete = profileErrors?.ContainsKey("studentNumber") == true || profileErrors?.ContainsKey("registrationNumber") == true;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await courseCatalog.GetEnrollmentTermsAsync(offeringId, cancellationToken);
        if (offering is null || offering.Status is OfferingStatus.Draft or OfferingStatus.Cancelled)
        {
            return false;
        }

        Offering = offering;
        return true;
    }
}
