using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Features.ListMyEnrollments;
using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.ShowMyLearning;

internal sealed record MyLearning(
    IReadOnlyList<EnrollmentResponse> Enrollments,
    IReadOnlyList<(SessionSnapshot Session, string Title)> UpcomingSessions,
    IReadOnlyDictionary<Guid, ProgressResponse> Progress,
    IReadOnlyList<(DueAssessment Assessment, string OfferingTitle)> Due);

/// <summary>Everything "My learning" shows: enrollments, the next sessions of those enrolled in, lesson progress and the assessments still to hand in.</summary>
internal sealed class MyLearningQuery(
    ListMyEnrollmentsHandler enrollments, LessonProgressReader progress, ICourseCatalog catalog, IAssessmentDirectory assessments, ICurrentUser currentUser, TimeProvider clock)
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

        return new MyLearning(mine, upcoming, lessonProgress, due);
    }
}
