using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Courses.Features.Calendars;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Learn;

/// <summary>The signed-in user's private calendar subscription for Outlook and other calendar apps.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class CalendarModel(CalendarQueries queries) : PageModel
{
    public string FeedUrl { get; private set; } = string.Empty;

    public bool Renewed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => FeedUrl = FeedAddress(await queries.FeedTokenAsync(renew: false, cancellationToken));

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        FeedUrl = FeedAddress(await queries.FeedTokenAsync(renew: true, cancellationToken));
        Renewed = true;
    }

    private string FeedAddress(string token) => $"{Request.Scheme}://{Request.Host}/api/courses/calendar/{token}.ics";
}
