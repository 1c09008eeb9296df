using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>Who may do what with an assessment: the offering's staff manage and grade, its participants take part.</summary>
internal sealed class AssessmentAccess(AssessmentDbContext db, ICourseCatalog catalog, IEnrollmentDirectory enrollment, OfferingStaff staff, ICurrentUser currentUser)
{
    public Guid UserId => currentUser.UserId ?? throw new InvalidOperationException("A signed-in user is required.");

    public bool IsCoordinator => staff.IsCoordinator;

    public Task<OfferingOutline?> OfferingAsync(Guid offeringId, CancellationToken cancellationToken) => catalog.GetOfferingAsync(offeringId, cancellationToken);

    public bool IsStaffOf(OfferingOutline offering) => staff.IsStaffOf(offering);

    public Task<bool> IsParticipantAsync(Guid offeringId, CancellationToken cancellationToken) =>
        currentUser.UserId is { } id ? IsParticipantAsync(offeringId, id, cancellationToken) : Task.FromResult(false);

    public Task<bool> IsParticipantAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken) =>
        enrollment.IsParticipantAsync(offeringId, userId, cancellationToken);

    /// <summary>The assessment (tracked) with its offering, or nulls when either does not exist.</summary>
    public async Task<(AssessmentDefinition? Assessment, OfferingOutline? Offering)> AssessmentAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        var offering = assessment is null ? null : await catalog.GetOfferingAsync(assessment.OfferingId, cancellationToken);
        return offering is null ? (null, null) : (assessment, offering);
    }

    /// <summary>
    /// The assessment (tracked) with its offering, for the offering's instructors and coordinators: 404 when either does not
    /// exist, 403 for anyone else, saying <paramref name="onlyStaff"/>.
    /// </summary>
    public async Task<Outcome<(AssessmentDefinition Assessment, OfferingOutline Offering)>> ForStaffAsync(
        Guid assessmentId, string onlyStaff, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null)
        {
            return Outcome<(AssessmentDefinition, OfferingOutline)>.NotFound("The assessment");
        }

        return IsStaffOf(offering)
            ? Outcome<(AssessmentDefinition, OfferingOutline)>.Ok((assessment, offering))
            : Outcome<(AssessmentDefinition, OfferingOutline)>.Forbidden(onlyStaff);
    }

    public async Task<DateTime?> ExtensionAsync(Guid assessmentId, Guid userId, CancellationToken cancellationToken) =>
        await db.Extensions.Where(e => e.AssessmentId == assessmentId && e.UserId == userId)
            .Select(e => (DateTime?)e.DueAtUtc).SingleOrDefaultAsync(cancellationToken);
}
