using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.GetProgress;

internal sealed class GetProgressHandler(LessonProgressReader progress)
{
    /// <returns>Null when the enrollment is not the signed-in user's.</returns>
    public async Task<ProgressResponse?> HandleAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        await progress.OwnEnrollmentAsync(enrollmentId, cancellationToken) is { } enrollment
            ? await progress.ProgressOfAsync(enrollment.Id, await progress.LessonsOfAsync(enrollment.OfferingId, cancellationToken), cancellationToken)
            : null;
}
