using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GetAssessment;

/// <summary>One assessment: all settings for staff, with their own standing for a participant; to anyone else it does not exist.</summary>
internal sealed class GetAssessmentHandler(AssessmentAccess access, ParticipantStanding standing)
{
    public async Task<Outcome<AssessmentView>> HandleAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null)
        {
            return Outcome<AssessmentView>.NotFound("The assessment");
        }

        if (access.IsStaffOf(offering))
        {
            return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment));
        }

        if (!await access.IsParticipantAsync(offering.Id, cancellationToken))
        {
            return Outcome<AssessmentView>.NotFound("The assessment");
        }

        var mine = await standing.ForAsync(access.UserId, offering.Id, [assessment], cancellationToken);
        return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment, mine[assessment.Id]));
    }
}
