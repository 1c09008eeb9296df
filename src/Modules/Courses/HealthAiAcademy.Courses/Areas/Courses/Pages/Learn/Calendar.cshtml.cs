using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Courses.Features.SubscribeToCalendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Learn;

/// <summary>The signed-in user's private calendar subscription for Outlook and other calendar apps.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class CalendarModel(SubscribeToCalendarHandler subscription) : PageModel
{
    public string FeedUrl { get; private set; } = string.Empty;

    public bool Renewed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => FeedUrl = FeedAddress(await subscription.HandleAsync(renew: false, cancellationToken));

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        FeedUrl = FeedAddress(await subscription.HandleAsync(renew: true, cancellationToken));
        Renewed = true;
    }

    private string FeedAddress(string token) => $"{Request.Scheme}://{Request.Host}/api/courses/calendar/{token}.ics";
}
