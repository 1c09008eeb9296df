using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.GetEvaluation;

/// <summary>The offering's evaluation as its staff set it up; 404 when it has none.</summary>
internal sealed class GetEvaluationHandler(EnrollmentDbContext db, ICourseCatalog catalog, OfferingStaff staff)
{
    public async Task<Outcome<EvaluationView>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null || !staff.IsStaffOf(offering))
        {
            return Outcome<EvaluationView>.NotFound("The offering");
        }

        var evaluation = await db.Evaluations.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId, cancellationToken);
        if (evaluation is null)
        {
            return Outcome<EvaluationView>.NotFound("The evaluation");
        }

        return Outcome<EvaluationView>.Ok(EvaluationView.From(evaluation, await db.EvaluationResponses.CountAsync(r => r.EvaluationId == evaluation.Id, cancellationToken)));
    }
}
