using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.ListMyEnrollments;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ShowMyLearning;

internal sealed record MyLearning(
    IReadOnlyList<EnrollmentResponse> Enrollments,
    IReadOnlyList<(SessionSnapshot Session, string Title)> UpcomingSessions,
    IReadOnlyDictionary<Guid, ProgressResponse> Progress,
    IReadOnlyList<(DueAssessment Assessment, string OfferingTitle)> Due,
    IReadOnlyList<PendingEvaluation> Evaluations,
    HealthAiAcademy.Compliance.Contracts.ObligationSummary Obligations);

/// <param name="CertificateWaits">Completion, and the certificate, wait for these answers.</param>
internal sealed record PendingEvaluation(Guid OfferingId, string OfferingTitle, bool CertificateWaits);

/// <summary>Everything "My learning" shows: enrollments, the next sessions of those enrolled in, lesson progress and the assessments still to hand in.</summary>
internal sealed class MyLearningQuery(
    EnrollmentDbContext db, ListMyEnrollmentsHandler enrollments, LessonProgressReader progress, ICourseCatalog catalog, IAssessmentDirectory assessments,
    HealthAiAcademy.Compliance.Contracts.IObligationDirectory obligations, ICurrentUser currentUser, TimeProvider clock)
{
    public const int UpcomingSessionCount = 10;

    public async Task<MyLearning> HandleAsync(CancellationToken cancellationToken)
    {
        var mine = await enrollments.HandleAsync(cancellationToken);
        var seated = mine.Where(e => e.Status.TakesPart()).ToList();
        var lessonProgress = (await progress.ForEnrollmentsAsync([.. seated.Select(e => (e.Id, e.OfferingId))], cancellationToken))
            .Where(p => p.Value.LessonsTotal > 0)
            .ToDictionary();

        var active = mine.Where(e => e.Status == EnrollmentStatus.Enrolled).ToDictionary(e => e.OfferingId, e => e.OfferingTitle);
        IReadOnlyList<(SessionSnapshot, string)> upcoming = [];
        IReadOnlyList<(DueAssessment, string)> due = [];
        if (active.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var sessions = await catalog.GetSessionsAsync([.. active.Keys], cancellationToken);
            upcoming = [.. sessions.Where(s => s.StartsAtUtc > now && s.Status == SessionStatus.Scheduled).Take(UpcomingSessionCount).Select(s => (s, active[s.OfferingId]))];
            due = [.. (await assessments.OutstandingForParticipantAsync(currentUser.UserId!.Value, [.. active.Keys], cancellationToken))
                .Select(a => (a, active[a.OfferingId]))];
        }

        return new MyLearning(mine, upcoming, lessonProgress, due, await EvaluationsToAnswerAsync(mine, cancellationToken),
            await obligations.SummaryAsync(currentUser.UserId!.Value, cancellationToken));
    }

    /// <summary>The evaluations the participant may answer and has not: of offerings completed, or waiting only for them.</summary>
    private async Task<IReadOnlyList<PendingEvaluation>> EvaluationsToAnswerAsync(IReadOnlyList<EnrollmentResponse> mine, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var offeringIds = mine.Where(e => e.Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Completed).Select(e => e.OfferingId).ToList();
        if (offeringIds.Count == 0)
        {
            return [];
        }

        var open = await db.Evaluations.AsNoTracking()
            .Where(v => offeringIds.Contains(v.OfferingId) && !db.EvaluationReceipts.Any(r => r.EvaluationId == v.Id && r.UserId == userId))
            .Join(db.Enrollments.Where(e => e.UserId == userId).Where(Domain.Enrollment.MayEvaluateQuery), v => v.OfferingId, e => e.OfferingId,
                (v, e) => new { v.OfferingId, e.Status })
            .ToListAsync(cancellationToken);
        var titles = mine.ToDictionary(e => e.OfferingId, e => e.OfferingTitle);
        return [.. open.Select(o => new PendingEvaluation(o.OfferingId, titles[o.OfferingId], CertificateWaits: o.Status == EnrollmentStatus.Enrolled))];
    }
}
