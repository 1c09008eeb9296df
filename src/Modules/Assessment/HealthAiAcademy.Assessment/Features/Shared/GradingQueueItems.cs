using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>Hand-ins as a marker's queue lists them: who (or which candidate number, under blind marking), what, when.</summary>
internal sealed class GradingQueueItems(AssessmentDbContext db, IUserDirectory users)
{
    public async Task<IReadOnlyList<QueueItem>> ToItemsAsync(IReadOnlyList<Submission> submissions, IReadOnlyDictionary<Guid, OfferingOutline> offerings, CancellationToken cancellationToken)
    {
        var assessmentIds = submissions.Select(s => s.AssessmentId).Distinct().ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var profiles = await users.FindManyAsync([.. submissions.Select(s => s.UserId).Distinct()], cancellationToken);
        return [.. submissions.Select(s =>
        {
            var assessment = assessments[s.AssessmentId];
            var hidden = assessment.HidesAuthor(s.State);
            return new QueueItem(s.Id, s.AssessmentId, assessment.Title, s.OfferingId, offerings[s.OfferingId].Title,
                hidden ? CandidateNumber.Label(s.CandidateNumber) : profiles.GetValueOrDefault(s.UserId)?.FullName ?? "(unknown user)",
                hidden ? null : s.UserId, s.SubmittedAtUtc, s.DaysLate, s.State, s.ScorePercent, hidden ? s.CandidateNumber : null);
        })];
    }
}
