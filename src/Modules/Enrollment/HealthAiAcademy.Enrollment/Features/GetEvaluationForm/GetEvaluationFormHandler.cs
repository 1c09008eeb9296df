using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.GetEvaluationForm;

/// <param name="MayAnswer">The caller completed the offering (or waits only for this) and has not answered yet.</param>
/// <param name="CertificateWaits">The caller's completion, and certificate, follow their answers.</param>
internal sealed record EvaluationForm(
    Guid OfferingId, string OfferingTitle, IReadOnlyList<EvaluationItemView> Items, bool RequiredForCertificate, bool Answered, bool MayAnswer, bool CertificateWaits);

/// <summary>The evaluation as the signed-in participant sees it: the questions and whether they may (still) answer.</summary>
internal sealed class GetEvaluationFormHandler(EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser)
{
    public async Task<Outcome<EvaluationForm>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome<EvaluationForm>.Forbidden("Sign in to evaluate a course.");
        }

        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId && e.UserId == userId, cancellationToken);
        var evaluation = await db.Evaluations.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId, cancellationToken);
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (enrollment is null || evaluation is null || offering is null)
        {
            return Outcome<EvaluationForm>.NotFound("The evaluation");
        }

        var answered = await db.EvaluationReceipts.AnyAsync(r => r.EvaluationId == evaluation.Id && r.UserId == userId, cancellationToken);
        return Outcome<EvaluationForm>.Ok(new EvaluationForm(
            offeringId, offering.Title, EvaluationView.From(evaluation, 0).Items, evaluation.RequiredForCertificate, answered, enrollment.MayEvaluate && !answered,
            enrollment.WaitsForEvaluation));
    }
}
