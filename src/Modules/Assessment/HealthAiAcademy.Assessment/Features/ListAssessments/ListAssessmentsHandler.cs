using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Data.Specifications;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.ListAssessments;

internal sealed class ListAssessmentsHandler(AssessmentDbContext db, AssessmentAccess access, ParticipantStanding standing)
{
    /// <summary>The offering's assessments: staff see all settings; a participant also sees their own standing in each.</summary>
    public async Task<Outcome<IReadOnlyList<AssessmentView>>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<IReadOnlyList<AssessmentView>>.NotFound("The offering");
        }

        var isStaff = access.IsStaffOf(offering);
        if (!isStaff && !await access.IsParticipantAsync(offeringId, cancellationToken))
        {
            return Outcome<IReadOnlyList<AssessmentView>>.Forbidden("The assessments are for the offering's participants and staff.");
        }

        var assessments = await db.Assessments.WithSpecification(new OfferingAssessmentsSpecification(offeringId)).ToListAsync(cancellationToken);
        assessments = [.. assessments.OrderBy(a => a.DueAtUtc ?? DateTime.MaxValue).ThenBy(a => a.Title, StringComparer.CurrentCulture)];
        if (isStaff)
        {
            return Outcome<IReadOnlyList<AssessmentView>>.Ok([.. assessments.Select(a => AssessmentView.From(a))]);
        }

        var mine = await standing.ForAsync(access.UserId, offeringId, assessments, cancellationToken);
        return Outcome<IReadOnlyList<AssessmentView>>.Ok([.. assessments.Select(a => AssessmentView.From(a, mine[a.Id]))]);
    }
}
