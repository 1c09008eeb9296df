using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.BuildingBlocks.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Assessment.Features.GradeSubmission;

/// <summary>The grade history (kept since grading began, with old and new score) as part of the staff audit trail.</summary>
internal sealed class GradeHistoryAuditSource(IServiceScopeFactory scopes) : IAuditTrailSource
{
    public string Module => AssessmentModule.Name;

    public async Task<IReadOnlyList<AuditRecord>> NewestAsync(AuditQuery query, int take, CancellationToken cancellationToken)
    {
        if (!Includes(query))
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var rows = await Matching(scope, query).OrderByDescending(r => r.Entry.ChangedAtUtc).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AuditRecord(
            Module, r.Entry.Id, r.Entry.ChangedAtUtc, r.Entry.ChangedBy, null, AuditActions.GradeChanged, "Submission", r.Entry.SubmissionId,
            r.OfferingId, r.UserId,
            new AuditChanges()
                .Add("ScorePercent", r.Entry.OldScorePercent, r.Entry.NewScorePercent)
                .Add("Feedback", r.Entry.OldFeedback, r.Entry.NewFeedback).Items,
            r.Entry.Reason))];
    }

    public async Task<int> CountAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        if (!Includes(query))
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await Matching(scope, query).CountAsync(cancellationToken);
    }

    private static bool Includes(AuditQuery query) => query.Action is null || query.Action == AuditActions.GradeChanged;

    private static IQueryable<GradeRow> Matching(AsyncServiceScope scope, AuditQuery query)
    {
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        var rows =
            from entry in db.GradeAudit.AsNoTracking()
            join submission in db.Submissions on entry.SubmissionId equals submission.Id
            join assessment in db.Assessments on submission.AssessmentId equals assessment.Id
            select new GradeRow { Entry = entry, OfferingId = assessment.OfferingId, UserId = submission.UserId };
        return rows.Matching(query, r => r.Entry.ChangedAtUtc, r => r.Entry.ChangedBy, r => r.UserId, r => r.OfferingId);
    }

    private sealed class GradeRow
    {
        public required Domain.GradeAuditEntry Entry { get; init; }

        public Guid OfferingId { get; init; }

        public Guid UserId { get; init; }
    }
}
