using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.Enrollment.Features.NotifyGradesReleased;

/// <summary>Tells participants in their notifications that a grade and its feedback are there to read.</summary>
internal sealed class GradesReleasedHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<GradesReleasedIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override Task ApplyAsync(GradesReleasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var userId in integrationEvent.UserIds.Distinct())
        {
            Context.Notifications.Add(new Notification(userId, $"Grade released: {integrationEvent.Title}",
                $"Your grade and feedback for \"{integrationEvent.Title}\" can now be read.", $"/learning/assignments/{integrationEvent.AssessmentId}", now));
        }

        return Task.CompletedTask;
    }
}
