using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Courses.Features.GetOffering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Catalog;

[AllowAnonymous]
internal sealed class OfferingModel(GetOfferingHandler getOfferingHandler, IEnrollmentDirectory enrollments, ICurrentUser currentUser) : PageModel
{
    internal OfferingDetails Offering { get; private set; } = null!;

    /// <summary>Messages from staff, for the offering's participants only.</summary>
    internal IReadOnlyList<AnnouncementNote> Announcements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await getOfferingHandler.HandleAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return NotFound();
        }

        Offering = offering;
        if (currentUser.UserId is { } userId)
        {
            Announcements = await enrollments.AnnouncementsForAsync(offeringId, userId, cancellationToken);
        }

        return Page();
    }
}
