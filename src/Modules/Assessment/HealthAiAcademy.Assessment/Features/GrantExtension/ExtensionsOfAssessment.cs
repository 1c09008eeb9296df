using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GrantExtension;

/// <param name="DueAtUtc">The participant's due date: their extension, else the assessment's.</param>
internal sealed record ParticipantDeadline(Guid UserId, string Name, DateTime? DueAtUtc, bool Extended);

/// <param name="Title">The assessment's title.</param>
internal sealed record AssessmentDeadlines(Guid AssessmentId, Guid OfferingId, string Title, DateTime? DueAtUtc, IReadOnlyList<ParticipantDeadline> Participants);

/// <summary>Every participant of an assessment's offering with their due date, for staff who grant extensions.</summary>
internal sealed class ExtensionsOfAssessment(AssessmentDbContext db, Shared.AssessmentAccess access, IEnrollmentDirectory enrollments, IUserDirectory users)
{
    public async Task<Outcome<AssessmentDeadlines>> HandleAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var loaded = await access.ForStaffAsync(assessmentId, "Only the offering's instructors and coordinators grant extensions.", cancellationToken);
        if (!loaded.IsOk)
        {
            return loaded.Refusal<AssessmentDeadlines>();
        }

        var (assessment, offering) = loaded.Value;
        var participants = await enrollments.ParticipantsAsync(offering.Id, cancellationToken);
        var profiles = await users.FindManyAsync(participants, cancellationToken);
        var extensions = await db.Extensions.AsNoTracking().Where(e => e.AssessmentId == assessmentId).ToDictionaryAsync(e => e.UserId, e => e.DueAtUtc, cancellationToken);
        return Outcome<AssessmentDeadlines>.Ok(new AssessmentDeadlines(assessment.Id, offering.Id, assessment.Title, assessment.DueAtUtc,
        [
            .. participants
                .Select(id => new ParticipantDeadline(id, profiles.GetValueOrDefault(id)?.FullName ?? id.ToString(),
                    extensions.TryGetValue(id, out var due) ? due : assessment.DueAtUtc, extensions.ContainsKey(id)))
                .OrderBy(p => p.Name, StringComparer.CurrentCulture),
        ]));
    }
}
