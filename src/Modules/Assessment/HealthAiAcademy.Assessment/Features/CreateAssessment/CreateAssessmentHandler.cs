using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.CreateAssessment;

/// <summary>Staff set up a quiz or an assignment for their offering.</summary>
internal sealed class CreateAssessmentHandler(AssessmentDbContext db, AssessmentAccess access, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<AssessmentView>> HandleAsync(Guid offeringId, AssessmentRequest request, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<AssessmentView>.NotFound("The offering");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<AssessmentView>.Forbidden("Only the offering's instructors and coordinators set up its assessments.");
        }

        if (offering.Status is OfferingStatus.Cancelled)
        {
            return Outcome<AssessmentView>.Conflict($"The offering is {offering.Status.ToString().ToLowerInvariant()}.");
        }

        var bank = (await db.Questions.Where(q => q.CourseId == offering.CourseId).Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new ValidationErrors();
        if (AssessmentRequestValidator.Build(request, bank, errors) is not { } draft)
        {
            return Outcome<AssessmentView>.Invalid(errors);
        }

        var assessment = new AssessmentDefinition(
            Guid.NewGuid(), offeringId, offering.CourseId, draft.Kind, access.UserId, clock.GetUtcNow().UtcDateTime, draft.Settings, draft.Scoring, draft.RequiredForCompletion);

        db.Assessments.Add(assessment);
        audit.Record(db, AuditActions.AssessmentCreated, new AuditSubject("Assessment", assessment.Id, offeringId), AuditChanges.Tracked(db.Entry(assessment), nameof(AssessmentDefinition.CreatedBy), nameof(AssessmentDefinition.CreatedAtUtc)));
        if (assessment.RequiredForCompletion)
        {
            db.AddIntegrationEvent(RequirementEvents.Changed(assessment, clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment));
    }
}
