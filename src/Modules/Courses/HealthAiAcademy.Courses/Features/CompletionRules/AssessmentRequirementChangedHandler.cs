using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.CompletionRules;

/// <summary>Keeps the offering's completion rules in step with the assessments staff mark as required.</summary>
internal sealed class AssessmentRequirementChangedHandler(CoursesDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<AssessmentRequirementChangedIntegrationEvent, CoursesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssessmentRequirementChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var offering = await Context.Offerings.SingleOrDefaultAsync(o => o.Id == integrationEvent.OfferingId, cancellationToken);
        if (offering is null)
        {
            return;
        }

        var required = offering.RequiredAssessmentIds.Where(id => id != integrationEvent.AssessmentId).ToList();
        if (integrationEvent.Required)
        {
            required.Add(integrationEvent.AssessmentId);
        }

        offering.SetRequiredAssessments(required);
    }
}
