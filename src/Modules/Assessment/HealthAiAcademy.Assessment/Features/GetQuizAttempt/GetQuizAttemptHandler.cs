using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GetQuizAttempt;

/// <summary>The signed-in participant's own attempt.</summary>
internal sealed class GetQuizAttemptHandler(AssessmentDbContext db, AssessmentAccess access, AttemptViews views)
{
    public async Task<Outcome<AttemptView>> HandleAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId && a.UserId == access.UserId, cancellationToken);
        var assessment = attempt is null ? null : await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attempt.AssessmentId, cancellationToken);
        return attempt is null || assessment is null
            ? Outcome<AttemptView>.NotFound("The attempt")
            : Outcome<AttemptView>.Ok(await views.ViewAsync(assessment, attempt, cancellationToken));
    }
}
