using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Reminders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NotificationsModel : PageModel
{
    [BindProperty]
    public bool SessionReminders { get; set; }

    public bool Saved { get; private set; }

    internal IReadOnlyList<NotificationResponse> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SessionReminders = (await Handlers.PreferencesAsync(cancellationToken)).SessionTomorrow;
        Notifications = await Handlers.ListAsync(cancellationToken);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await Handlers.SetPreferencesAsync(new ReminderPreferences(SessionReminders), cancellationToken);
        Saved = true;
        Notifications = await Handlers.ListAsync(cancellationToken);
    }

    private NotificationHandlers Handlers => HttpContext.RequestServices.GetRequiredService<NotificationHandlers>();
}
