using System.Text;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Delivery;
using HealthAiAcademy.BuildingBlocks.Email;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Enrollment.Features.SendReminders;

/// <summary>
/// The recurring reminder sweep. Each due reminder is first claimed in the ledger (unique key), then emailed and listed
/// in-app, then marked sent: reruns and parallel sweeps never send twice, and a claim a crash left unsent is sent later.
/// </summary>
internal sealed class ReminderSweep(
    IServiceScopeFactory scopes, IEmailSender email, IOptions<EnrollmentOptions> options, RecipientLanguage language, IStringLocalizer<EnrollmentText> text,
    TimeProvider clock, ILogger<ReminderSweep> logger)
{
    public const string JobId = "enrollment-reminders";

    /// <returns>How many reminders this run sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<DueReminder> pending;
        IReadOnlyDictionary<Guid, UserProfile> profiles;
        var calendars = new Dictionary<Guid, string?>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
            var due = await scope.ServiceProvider.GetRequiredService<DueReminderFinder>().FindAsync(now, cancellationToken);
            var keys = due.Select(d => d.Key).ToList();
            var reclaimBefore = now - options.Value.ReclaimAfter;
            var settled = (await db.ReminderLedger.AsNoTracking()
                .Where(e => keys.Contains(e.Key) && (e.SentAtUtc != null || e.ClaimedAtUtc > reclaimBefore))
                .Select(e => e.Key)
                .ToListAsync(cancellationToken)).ToHashSet();
            pending = [.. due.Where(d => !settled.Contains(d.Key)).DistinctBy(d => d.Key)];

            // Loaded once per run, not once per reminder: the run's recipients and each session's calendar file.
            profiles = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindManyAsync([.. pending.Select(d => d.UserId).Distinct()], cancellationToken);
            var catalog = scope.ServiceProvider.GetRequiredService<ICourseCatalog>();
            foreach (var sessionId in pending.Where(d => d.CalendarSessionId is not null).Select(d => d.CalendarSessionId!.Value).Distinct())
            {
                calendars[sessionId] = await catalog.GetSessionCalendarAsync(sessionId, cancellationToken);
            }
        }

        var sent = 0;
        foreach (var reminder in pending)
        {
            var calendar = reminder.CalendarSessionId is { } session ? calendars.GetValueOrDefault(session) : null;
            if (await SendAsync(reminder, profiles.GetValueOrDefault(reminder.UserId), calendar, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(DueReminder reminder, UserProfile? profile, string? calendar, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var entry = await ClaimAsync(db, reminder, now, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        if (profile is null)
        {
            entry.MarkSent(now);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        var link = options.Value.PublicBaseUrl.TrimEnd('/') + reminder.Link;
        ReminderText written;
        EmailMessage message;
        using (language.For(profile))
        {
            written = reminder.Write(text);
            message = new EmailMessage(profile.Email, written.Title, $"{text["Dear {0},", profile.FullName]}\n\n{written.Body}\n\n{link}\n\n{text["Health AI Academy"]}");
        }

        if (calendar is not null)
        {
            message = message with { Attachments = [new EmailAttachment("session.ics", "text/calendar", Encoding.UTF8.GetBytes(calendar))] };
        }

        try
        {
            await email.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The claim stays unsent; a later sweep claims it again after ReclaimAfter.
            logger.LogWarning(exception, "Sending reminder {Key} failed", reminder.Key);
            return false;
        }

        db.Notifications.Add(new Notification(reminder.UserId, written.Title, written.Body, reminder.Link, now));
        entry.MarkSent(now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Claims the reminder: a new ledger row, or an old claim that was never sent. Null when another run has it.</summary>
    private Task<ReminderLedgerEntry?> ClaimAsync(EnrollmentDbContext db, DueReminder reminder, DateTime now, CancellationToken cancellationToken) =>
        SendLedger.ClaimAsync(db, e => e.Key == reminder.Key,
            () => new ReminderLedgerEntry(reminder.UserId, reminder.Kind, reminder.SubjectId, reminder.DueAtUtc, now),
            now, now - options.Value.ReclaimAfter, cancellationToken);
}
