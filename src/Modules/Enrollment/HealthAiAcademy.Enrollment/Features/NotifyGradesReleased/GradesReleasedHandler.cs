using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Features.NotifyGradesReleased;

/// <summary>Tells participants in their notifications that a grade and its feedback are there to read.</summary>
internal sealed class GradesReleasedHandler(
    EnrollmentDbContext db, IUserDirectory users, RecipientLanguage language, IStringLocalizer<EnrollmentText> text, TimeProvider clock)
    : InboxIntegrationEventHandler<GradesReleasedIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(GradesReleasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var recipients = integrationEvent.UserIds.Distinct().ToList();
        var profiles = await users.FindManyAsync(recipients, cancellationToken);
        foreach (var userId in recipients)
        {
            using (language.For(profiles.GetValueOrDefault(userId)))
            {
                Context.Notifications.Add(new Notification(userId, text["Grade released: {0}", integrationEvent.Title],
                    text["Your grade and feedback for \"{0}\" can now be read.", integrationEvent.Title], $"/learning/assignments/{integrationEvent.AssessmentId}", now));
            }
        }
    }
}
