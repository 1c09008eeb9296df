using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.UpdateAssessment;

internal sealed class UpdateAssessmentHandler(AssessmentDbContext db, AssessmentAccess access, StaffAudit audit, TimeProvider clock)
{
    /// <summary>
    /// Changes an assessment's settings. The kind never changes; questions, rubric and points only while nothing has been
    /// attempted or handed in, so no one's work is scored against rules they did not see.
    /// </summary>
    public async Task<Outcome<AssessmentView>> HandleAsync(Guid assessmentId, AssessmentRequest request, CancellationToken cancellationToken)
    {
        var loaded = await access.ForStaffAsync(assessmentId, "Only the offering's instructors and coordinators change its assessments.", cancellationToken);
        if (!loaded.IsOk)
        {
            return loaded.Refusal<AssessmentView>();
        }

        var (assessment, offering) = loaded.Value;

        var bank = (await db.Questions.Where(q => q.CourseId == offering.CourseId).Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new ValidationErrors()
            .AddIf(request.Kind is not null && !string.Equals(request.Kind, assessment.Kind.ToString(), StringComparison.OrdinalIgnoreCase), "kind", "The kind of an assessment cannot change; create a new one.");
        var draft = AssessmentRequestValidator.Build(WithCurrentValues(request, assessment), bank, errors);
        if (draft is null || !errors.IsValid)
        {
            return Outcome<AssessmentView>.Invalid(errors);
        }

        var workExists = await db.Attempts.AnyAsync(a => a.AssessmentId == assessmentId, cancellationToken)
            || await db.Submissions.AnyAsync(s => s.AssessmentId == assessmentId, cancellationToken);
        try
        {
            // A request that leaves the rubric out keeps it.
            assessment.Change(draft.Settings, draft.Scoring with { Rubric = request.Rubric is null ? null : draft.Scoring.Rubric }, workExists);
        }
        catch (BusinessRuleViolationException violation)
        {
            return Outcome<AssessmentView>.Conflict(violation.Message);
        }

        if (request.RequiredForCompletion is { } required && assessment.RequireForCompletion(required))
        {
            db.AddIntegrationEvent(RequirementEvents.Changed(assessment, clock.GetUtcNow().UtcDateTime));
        }

        audit.Record(db, AuditActions.AssessmentChanged, new AuditSubject("Assessment", assessment.Id, assessment.OfferingId), AuditChanges.Tracked(db.Entry(assessment)));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment));
    }

    /// <summary>A field left out of an update keeps its current value.</summary>
    private static AssessmentRequest WithCurrentValues(AssessmentRequest request, AssessmentDefinition current) => new(
        request.Title ?? current.Title,
        current.Kind.ToString(),
        request.Instructions ?? current.Instructions,
        request.Weight ?? current.Weight,
        request.PassMarkPercent ?? current.PassMarkPercent,
        request.DueAtUtc ?? current.DueAtUtc,
        request.LatePolicy ?? current.LatePolicy.ToString(),
        request.LatePenaltyPercentPerDay ?? current.LatePenaltyPercentPerDay,
        request.LatePenaltyCapPercent ?? current.LatePenaltyCapPercent,
        request.QuestionIds ?? current.QuestionIds,
        request.ShuffleQuestions ?? current.ShuffleQuestions,
        request.TimeLimitMinutes ?? current.TimeLimitMinutes,
        request.MaxAttempts ?? current.MaxAttempts,
        request.CountedAttempt ?? current.CountedAttempt.ToString(),
        request.Feedback ?? current.Feedback.ToString(),
        request.AcceptsText ?? current.AcceptsText,
        request.AcceptsFile ?? current.AcceptsFile,
        request.MaxFileKilobytes ?? current.MaxFileKilobytes,
        request.AllowedFileExtensions ?? current.AllowedFileExtensions,
        request.Rubric,
        request.MaxPoints ?? current.MaxPoints,
        request.BlindMarking ?? current.BlindMarking,
        request.RequiredForCompletion ?? current.RequiredForCompletion);
}
