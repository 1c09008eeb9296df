using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Reminders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class NotificationsModel(NotificationHandlers handlers) : PageModel
{
    [BindProperty]
    public bool SessionReminders { get; set; }

    public bool Saved { get; private set; }

    internal IReadOnlyList<NotificationResponse> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SessionReminders = (await handlers.PreferencesAsync(cancellationToken)).SessionTomorrow;
        Notifications = await handlers.ListAsync(cancellationToken);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await handlers.SetPreferencesAsync(new ReminderPreferences(SessionReminders), cancellationToken);
        Saved = true;
        Notifications = await handlers.ListAsync(cancellationToken);
    }
}
