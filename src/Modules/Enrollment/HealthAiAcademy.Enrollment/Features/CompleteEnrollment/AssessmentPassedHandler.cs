using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.CompleteEnrollment;

/// <summary>Records a passed assessment and completes the participant if that was the last thing missing.</summary>
internal sealed class AssessmentPassedHandler(EnrollmentDbContext db, CompletionEvaluator completion, TimeProvider clock)
    : InboxIntegrationEventHandler<AssessmentPassedIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssessmentPassedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var known = await Context.PassedAssessments.AnyAsync(
            p => p.OfferingId == integrationEvent.OfferingId && p.UserId == integrationEvent.UserId && p.AssessmentId == integrationEvent.AssessmentId,
            cancellationToken);
        if (!known)
        {
            Context.PassedAssessments.Add(new PassedAssessment(integrationEvent.OfferingId, integrationEvent.UserId, integrationEvent.AssessmentId, integrationEvent.OccurredAtUtc));
            await Context.SaveChangesAsync(cancellationToken);
        }

        await completion.EvaluateAsync(integrationEvent.OfferingId, [integrationEvent.UserId], cancellationToken);
    }
}
