using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.ListGradingQueue;

/// <summary>What a marker has to grade across all offerings they teach, oldest hand-in first, names hidden under blind marking.</summary>
internal sealed class ListGradingQueueHandler(AssessmentDbContext db, AssessmentAccess access, ICourseCatalog catalog, GradingQueueItems queueItems)
{
    public async Task<Outcome<PagedResult<QueueItem>>> HandleAsync(
        Guid? offeringId, Guid? assessmentId, string? state, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var parsedState = AssessmentRequestValidator.ParseEnum<GradeState>(state, "state", errors);
        var (pageNumber, size) = PageRequest.Validate(page, pageSize, errors);
        if (!errors.IsValid)
        {
            return Outcome<PagedResult<QueueItem>>.Invalid(errors);
        }

        var query = db.Submissions.AsNoTracking().Where(s => s.State == (parsedState ?? GradeState.NotGraded));
        if (offeringId is { } offering)
        {
            query = query.Where(s => s.OfferingId == offering);
        }

        if (assessmentId is { } assessment)
        {
            query = query.Where(s => s.AssessmentId == assessment);
        }

        var offerings = await OfferingsOfMarkerAsync(await query.Select(s => s.OfferingId).Distinct().ToListAsync(cancellationToken), cancellationToken);
        var visibleIds = offerings.Keys.ToList();
        query = query.Where(s => visibleIds.Contains(s.OfferingId));
        var total = await query.CountAsync(cancellationToken);
        var submissions = await query.OrderBy(s => s.SubmittedAtUtc).ThenBy(s => s.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = await queueItems.ToItemsAsync(submissions, offerings, cancellationToken);
        return Outcome<PagedResult<QueueItem>>.Ok(new PagedResult<QueueItem>(items, pageNumber, size, total));
    }

    /// <summary>The offerings among <paramref name="offeringIds"/> the caller may grade, loaded in one query.</summary>
    private async Task<Dictionary<Guid, OfferingOutline>> OfferingsOfMarkerAsync(IReadOnlyList<Guid> offeringIds, CancellationToken cancellationToken) =>
        (await catalog.GetOfferingsAsync(offeringIds, cancellationToken)).Where(access.IsStaffOf).ToDictionary(o => o.Id);
}
