using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ErasePerson;

/// <summary>
/// Motivations and decision messages, notifications and reminder choices go; enrollments and attendance stay, under an
/// id that no longer names anyone, so seat counts, rates and registry exports of past runs still add up.
/// </summary>
internal sealed class PersonErasedHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<PersonErasedIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var userId = integrationEvent.UserId;
        foreach (var enrollment in await Context.Enrollments.Where(e => e.UserId == userId).ToListAsync(cancellationToken))
        {
            enrollment.EraseFreeText();
        }

        await Context.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await Context.ReminderPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await Context.EraseAuditTextAboutAsync(userId, cancellationToken);
    }
}
