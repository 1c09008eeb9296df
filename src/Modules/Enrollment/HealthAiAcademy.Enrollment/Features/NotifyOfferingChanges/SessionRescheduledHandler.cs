using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.Enrollment.Features.NotifyOfferingChanges;

/// <summary>A session moved: its participants are told by the reminder sweep; its "tomorrow" reminder follows the new time by itself.</summary>
internal sealed class SessionRescheduledHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<SessionRescheduledIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override Task ApplyAsync(SessionRescheduledIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.PreviousStartsAtUtc != integrationEvent.StartsAtUtc)
        {
            Context.ChangeNotices.Add(new OfferingChangeNotice(integrationEvent.Id, integrationEvent.OfferingId, integrationEvent.SessionId,
                OfferingChange.SessionMoved, integrationEvent.PreviousStartsAtUtc, integrationEvent.StartsAtUtc, integrationEvent.OccurredAtUtc));
        }

        return Task.CompletedTask;
    }
}
