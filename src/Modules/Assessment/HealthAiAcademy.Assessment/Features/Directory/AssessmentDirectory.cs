using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Data.Specifications;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Specifications;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Directory;

internal sealed class AssessmentDirectory(AssessmentDbContext db) : IAssessmentDirectory
{
    public async Task<IReadOnlyList<DueAssessment>> OutstandingForParticipantAsync(Guid userId, IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.OfferingId))
            .Select(a => new { a.Id, a.OfferingId, a.Title, a.Kind, a.DueAtUtc })
            .ToListAsync(cancellationToken);
        var assessmentIds = assessments.Select(a => a.Id).ToList();
        var handedIn = (await db.Submissions.Where(s => s.UserId == userId && assessmentIds.Contains(s.AssessmentId)).Select(s => s.AssessmentId)
            .Concat(db.Attempts.Where(a => a.UserId == userId && assessmentIds.Contains(a.AssessmentId) && a.Status == AttemptStatus.Submitted).Select(a => a.AssessmentId))
            .ToListAsync(cancellationToken)).ToHashSet();
        var extensions = await db.Extensions.Where(e => e.UserId == userId && assessmentIds.Contains(e.AssessmentId))
            .ToDictionaryAsync(e => e.AssessmentId, e => e.DueAtUtc, cancellationToken);
        return [.. assessments
            .Where(a => !handedIn.Contains(a.Id))
            .Select(a => new DueAssessment(a.Id, a.OfferingId, a.Title, a.Kind, extensions.TryGetValue(a.Id, out var due) ? due : a.DueAtUtc))
            .OrderBy(a => a.DueAtUtc ?? DateTime.MaxValue)];
    }

    public async Task<IReadOnlySet<Guid>> RequiredForCompletionAsync(Guid offeringId, CancellationToken cancellationToken) =>
        (await db.Assessments.AsNoTracking().Where(a => a.OfferingId == offeringId && a.RequiredForCompletion).Select(a => a.Id).ToListAsync(cancellationToken))
            .ToHashSet();

    public async Task<IReadOnlyList<AssessmentDeadline>> DeadlinesBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.DueAtUtc >= fromUtc && a.DueAtUtc < toUtc)
            .Select(a => new { a.Id, a.OfferingId, a.Title, DueAtUtc = a.DueAtUtc!.Value })
            .ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.Id).ToList();
        var excused = (await db.Submissions.Where(s => ids.Contains(s.AssessmentId)).Select(s => new { s.AssessmentId, s.UserId })
                .Concat(db.Attempts.Where(a => ids.Contains(a.AssessmentId) && a.Status == AttemptStatus.Submitted).Select(a => new { a.AssessmentId, a.UserId }))
                .Concat(db.Extensions.Where(e => ids.Contains(e.AssessmentId) && e.DueAtUtc >= toUtc).Select(e => new { e.AssessmentId, e.UserId }))
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.AssessmentId, x => x.UserId);
        return [.. assessments.Select(a => new AssessmentDeadline(a.Id, a.OfferingId, a.Title, a.DueAtUtc, excused[a.Id].ToHashSet()))];
    }

    public async Task<ParticipantResults> ResultsAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.WithSpecification(new OfferingAssessmentsSpecification(offeringId)).ToListAsync(cancellationToken);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.OfferingId == offeringId && a.UserId == userId).ToListAsync(cancellationToken);
        var released = await db.Submissions.AsNoTracking().Where(s => s.OfferingId == offeringId && s.UserId == userId && s.State == GradeState.Released)
            .ToDictionaryAsync(s => s.AssessmentId, s => s.ScorePercent, cancellationToken);
        var results = assessments
            .Select(a => (Assessment: a, Score: a.Kind == AssessmentKind.Quiz
                ? QuizAttempt.CountedScore(attempts.Where(x => x.AssessmentId == a.Id), a.CountedAttempt)
                : released.GetValueOrDefault(a.Id)))
            .ToList();
        return new ParticipantResults(offeringId, userId,
            [.. results.Where(r => r.Score is not null).OrderBy(r => r.Assessment.DueAtUtc ?? DateTime.MaxValue)
                .Select(r => new AssessmentResult(r.Assessment.Id, r.Assessment.Title, r.Assessment.Kind, r.Assessment.Weight, r.Score!.Value, r.Assessment.Passes(r.Score.Value)))],
            results.Any(r => r.Score is not null) ? GradebookCalculator.Final([.. results.Select(r => (r.Assessment.Weight, r.Score))]) : null);
    }

    public async Task<IReadOnlyDictionary<Guid, int>> HandInsToGradeAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        return await db.Submissions.AsNoTracking()
            .Where(s => s.State == GradeState.NotGraded)
            .Join(db.Assessments.Where(a => ids.Contains(a.OfferingId)), s => s.AssessmentId, a => a.Id, (s, a) => a.OfferingId)
            .GroupBy(offeringId => offeringId)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, PassFigures>> PassFiguresAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        var released = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.OfferingId) && s.State == GradeState.Released)
            .Select(s => new { s.OfferingId, s.AssessmentId, s.UserId }).ToListAsync(cancellationToken);
        var attempted = await db.Attempts.AsNoTracking().Where(a => ids.Contains(a.OfferingId) && a.Status != AttemptStatus.InProgress)
            .Select(a => new { a.OfferingId, a.AssessmentId, a.UserId }).Distinct().ToListAsync(cancellationToken);
        var results = released.Concat(attempted).Distinct().GroupBy(r => r.OfferingId).ToDictionary(g => g.Key, g => g.Count());
        var passes = await db.Passes.AsNoTracking().Where(p => ids.Contains(p.OfferingId))
            .GroupBy(p => p.OfferingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return ids.ToDictionary(id => id, id => new PassFigures(results.GetValueOrDefault(id), passes.GetValueOrDefault(id)));
    }
}
