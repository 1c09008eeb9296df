using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>What marking one hand-in shares: loading it for the offering's staff, and the view of it with its audit trail.</summary>
internal sealed class SubmissionMarking(AssessmentDbContext db, AssessmentAccess access, GradingQueueItems queueItems, IUserDirectory users)
{
    public static Outcome<T> Refuse<T>(OutcomeKind kind) => kind == OutcomeKind.NotFound
        ? Outcome<T>.NotFound("The submission")
        : Outcome<T>.Forbidden("Only the offering's instructors and coordinators grade its submissions.");

    public async Task<(Submission?, AssessmentDefinition?, OfferingOutline?, OutcomeKind?)> LoadForStaffAsync(Guid submissionId, bool tracked, CancellationToken cancellationToken)
    {
        var submissions = tracked ? db.Submissions : db.Submissions.AsNoTracking();
        var submission = await submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        var (assessment, offering) = submission is null ? (null, null) : await access.AssessmentAsync(submission.AssessmentId, cancellationToken);
        if (submission is null || assessment is null || offering is null)
        {
            return (null, null, null, OutcomeKind.NotFound);
        }

        return access.IsStaffOf(offering) ? (submission, assessment, offering, null) : (submission, assessment, offering, OutcomeKind.Forbidden);
    }

    /// <summary>The hand-in as staff mark it, with its audit trail; for what <see cref="LoadForStaffAsync"/> allowed.</summary>
    public async Task<SubmissionForMarking> ViewAsync(Submission submission, AssessmentDefinition assessment, OfferingOutline offering, CancellationToken cancellationToken)
    {
        var item = (await queueItems.ToItemsAsync([submission], new Dictionary<Guid, OfferingOutline> { [offering.Id] = offering }, cancellationToken))[0];
        var audit = await db.GradeAudit.AsNoTracking().Where(a => a.SubmissionId == submission.Id).OrderBy(a => a.ChangedAtUtc).ToListAsync(cancellationToken);
        var markers = await users.FindManyAsync([.. audit.Select(a => a.ChangedBy).Distinct()], cancellationToken);
        return new SubmissionForMarking(
            item, AssessmentView.From(assessment), submission.Text, submission.FileName, submission.FileBytes,
            [.. submission.RubricScores.Select(r => new RubricChoice(r.CriterionId, r.LevelIndex, r.Points))],
            submission.Points, submission.RawScorePercent, submission.PenaltyPercent, submission.Feedback, submission.ReleasedAtUtc, submission.Version,
            [.. audit.Select(a => new AuditView(a.ChangedAtUtc, markers.GetValueOrDefault(a.ChangedBy)?.FullName ?? "(unknown user)", a.StateBefore,
                a.OldScorePercent, a.NewScorePercent, a.Reason))]);
    }
}
