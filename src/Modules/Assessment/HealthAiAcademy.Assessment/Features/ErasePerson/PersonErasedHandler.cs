using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Privacy;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.ErasePerson;

/// <summary>
/// What the person handed in (texts, files, typed answers) and the feedback on it go, in the grade history too; scores,
/// dates and who graded stay, so gradebooks and passes still add up.
/// </summary>
internal sealed class PersonErasedHandler(AssessmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<PersonErasedIntegrationEvent, AssessmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var userId = integrationEvent.UserId;
        var submissions = await Context.Submissions.Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        foreach (var submission in submissions)
        {
            submission.EraseContent();
        }

        foreach (var attempt in await Context.Attempts.Where(a => a.UserId == userId).ToListAsync(cancellationToken))
        {
            attempt.EraseTypedAnswers();
        }

        await Context.Files.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var submissionIds = submissions.Select(s => s.Id).ToList();
        await Context.GradeAudit.Where(e => submissionIds.Contains(e.SubmissionId) && (e.OldFeedback != null || e.NewFeedback != null || e.Reason != null))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.OldFeedback, (string?)null).SetProperty(e => e.NewFeedback, (string?)null).SetProperty(e => e.Reason, (string?)null), cancellationToken);
        await Context.EraseAuditTextAboutAsync(userId, cancellationToken);
    }
}
