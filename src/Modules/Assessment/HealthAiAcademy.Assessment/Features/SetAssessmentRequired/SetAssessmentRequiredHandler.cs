using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.SetAssessmentRequired;

internal sealed class SetAssessmentRequiredHandler(AssessmentDbContext db, AssessmentAccess access, StaffAudit audit, TimeProvider clock)
{
    /// <summary>Makes passing the assessment a completion rule of its offering, or no longer one.</summary>
    public async Task<Outcome<AssessmentView>> HandleAsync(Guid assessmentId, bool required, CancellationToken cancellationToken)
    {
        var loaded = await access.ForStaffAsync(assessmentId, "Only the offering's instructors and coordinators change its completion rules.", cancellationToken);
        if (!loaded.IsOk)
        {
            return loaded.Refusal<AssessmentView>();
        }

        var (assessment, offering) = loaded.Value;

        if (assessment.RequireForCompletion(required))
        {
            db.AddIntegrationEvent(RequirementEvents.Changed(assessment, clock.GetUtcNow().UtcDateTime));
            audit.Record(db, AuditActions.AssessmentRequirementChanged, new AuditSubject("Assessment", assessment.Id, assessment.OfferingId),
                new AuditChanges().Add(nameof(AssessmentDefinition.RequiredForCompletion), !required, required));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment));
    }
}
