using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>
/// Records a first pass and stages <see cref="AssessmentPassedIntegrationEvent"/> in the caller's unit of work. The pass row's key
/// (assessment, participant) makes a second pass – or the same pass saved twice at once – fail to commit instead of raising the event again.
/// </summary>
internal sealed class PassRecorder(AssessmentDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(AssessmentDefinition assessment, IReadOnlyCollection<(Guid UserId, double ScorePercent)> scores, CancellationToken cancellationToken)
    {
        var passing = scores.Where(s => assessment.Passes(s.ScorePercent)).ToList();
        if (passing.Count == 0)
        {
            return;
        }

        var userIds = passing.Select(p => p.UserId).ToList();
        var already = await db.Passes.Where(p => p.AssessmentId == assessment.Id && userIds.Contains(p.UserId)).Select(p => p.UserId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (userId, score) in passing.Where(p => !already.Contains(p.UserId)).DistinctBy(p => p.UserId))
        {
            db.Passes.Add(new PassRecord(assessment.Id, userId, assessment.OfferingId, score, now));
            db.AddIntegrationEvent(new AssessmentPassedIntegrationEvent
            {
                OccurredAtUtc = now,
                AssessmentId = assessment.Id,
                OfferingId = assessment.OfferingId,
                UserId = userId,
            });
        }
    }
}
