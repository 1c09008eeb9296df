using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.ChooseReminders;
using HealthAiAcademy.Enrollment.Features.ListNotifications;
using HealthAiAcademy.Enrollment.Features.MarkNotificationRead;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class NotificationsModel(ListNotificationsHandler notifications, ChooseRemindersHandler reminders, MarkNotificationReadHandler markRead) : PageModel
{
    [BindProperty]
    public bool SessionReminders { get; set; }

    public bool Saved { get; private set; }

    internal IReadOnlyList<NotificationResponse> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SessionReminders = (await reminders.CurrentAsync(cancellationToken)).SessionTomorrow;
        Notifications = await notifications.HandleAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid notificationId, CancellationToken cancellationToken) =>
        await markRead.HandleAsync(notificationId, cancellationToken) ? RedirectToPage() : NotFound();

    public async Task<IActionResult> OnPostAllReadAsync(CancellationToken cancellationToken)
    {
        await markRead.AllAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await reminders.ChooseAsync(new ReminderPreferences(SessionReminders), cancellationToken);
        Saved = true;
        Notifications = await notifications.HandleAsync(cancellationToken);
    }
}
