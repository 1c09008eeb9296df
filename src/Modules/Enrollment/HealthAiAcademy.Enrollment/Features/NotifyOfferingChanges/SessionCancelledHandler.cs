using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.Enrollment.Features.NotifyOfferingChanges;

/// <summary>A session will not take place: its participants are told, with the calendar entry that removes it.</summary>
internal sealed class SessionCancelledHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<SessionCancelledIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override Task ApplyAsync(SessionCancelledIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        Context.ChangeNotices.Add(new OfferingChangeNotice(integrationEvent.Id, integrationEvent.OfferingId, integrationEvent.SessionId,
            OfferingChange.SessionCancelled, null, integrationEvent.StartsAtUtc, integrationEvent.OccurredAtUtc));
        return Task.CompletedTask;
    }
}
