using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Authoring;

/// <summary>Staff set up an offering's assessments and grant extensions; everyone involved lists them.</summary>
internal sealed class AssessmentAuthoring(AssessmentDbContext db, AssessmentAccess access, ParticipantStanding standing, TimeProvider clock)
{
    public async Task<Outcome<AssessmentView>> CreateAsync(Guid offeringId, AssessmentRequest request, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<AssessmentView>.NotFound("The offering");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<AssessmentView>.Forbidden("Only the offering's instructors and coordinators set up its assessments.");
        }

        if (offering.Status is OfferingStatus.Cancelled)
        {
            return Outcome<AssessmentView>.Conflict($"The offering is {offering.Status.ToString().ToLowerInvariant()}.");
        }

        var bank = (await db.Questions.Where(q => q.CourseId == offering.CourseId).Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new ValidationErrors();
        var assessment = AssessmentRequestValidator.Build(request, offeringId, offering.CourseId, bank, access.UserId, clock.GetUtcNow().UtcDateTime, errors);
        if (assessment is null)
        {
            return Outcome<AssessmentView>.Invalid(errors);
        }

        db.Assessments.Add(assessment);
        if (assessment.RequiredForCompletion)
        {
            db.AddIntegrationEvent(RequirementChanged(assessment));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment));
    }

    /// <summary>
    /// Changes an assessment's settings. The kind never changes; questions, rubric and points only while nothing has been
    /// attempted or handed in, so no one's work is scored against rules they did not see.
    /// </summary>
    public async Task<Outcome<AssessmentView>> UpdateAsync(Guid assessmentId, AssessmentRequest request, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null)
        {
            return Outcome<AssessmentView>.NotFound("The assessment");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<AssessmentView>.Forbidden("Only the offering's instructors and coordinators change its assessments.");
        }

        var bank = (await db.Questions.Where(q => q.CourseId == offering.CourseId).Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new ValidationErrors()
            .AddIf(request.Kind is not null && !string.Equals(request.Kind, assessment.Kind.ToString(), StringComparison.OrdinalIgnoreCase), "kind", "The kind of an assessment cannot change; create a new one.");
        var changed = AssessmentRequestValidator.Build(WithCurrentValues(request, assessment), assessment.OfferingId, assessment.CourseId, bank,
            access.UserId, clock.GetUtcNow().UtcDateTime, errors);
        if (changed is null || !errors.IsValid)
        {
            return Outcome<AssessmentView>.Invalid(errors);
        }

        var workExists = await db.Attempts.AnyAsync(a => a.AssessmentId == assessmentId, cancellationToken)
            || await db.Submissions.AnyAsync(s => s.AssessmentId == assessmentId, cancellationToken);
        var scoringChanges = !changed.QuestionIds.SequenceEqual(assessment.QuestionIds)
            || (request.Rubric is not null && (changed.Rubric.Count != assessment.Rubric.Count
                || changed.Rubric.Zip(assessment.Rubric).Any(pair => pair.First.Title != pair.Second.Title
                    || !pair.First.Levels.Select(l => (l.Label, l.Points)).SequenceEqual(pair.Second.Levels.Select(l => (l.Label, l.Points))))))
            || Math.Abs(changed.MaxPoints - assessment.MaxPoints) > 1e-9;
        if (workExists && scoringChanges)
        {
            return Outcome<AssessmentView>.Conflict("Work has been handed in: the questions, rubric and points can no longer change. Create a new assessment instead.");
        }

        assessment.Title = changed.Title;
        assessment.Instructions = changed.Instructions;
        assessment.Weight = changed.Weight;
        assessment.PassMarkPercent = changed.PassMarkPercent;
        assessment.DueAtUtc = changed.DueAtUtc;
        assessment.LatePolicy = changed.LatePolicy;
        assessment.LatePenaltyPercentPerDay = changed.LatePenaltyPercentPerDay;
        assessment.LatePenaltyCapPercent = changed.LatePenaltyCapPercent;
        assessment.ShuffleQuestions = changed.ShuffleQuestions;
        assessment.TimeLimitMinutes = changed.TimeLimitMinutes;
        assessment.MaxAttempts = changed.MaxAttempts;
        assessment.CountedAttempt = changed.CountedAttempt;
        assessment.Feedback = changed.Feedback;
        assessment.AcceptsText = changed.AcceptsText;
        assessment.AcceptsFile = changed.AcceptsFile;
        assessment.MaxFileKilobytes = changed.MaxFileKilobytes;
        assessment.AllowedFileExtensions = changed.AllowedFileExtensions;
        assessment.BlindMarking = changed.BlindMarking;
        if (!workExists)
        {
            assessment.QuestionIds = changed.QuestionIds;
            assessment.MaxPoints = changed.MaxPoints;
            if (request.Rubric is not null)
            {
                assessment.Rubric = changed.Rubric;
            }
        }

        if (request.RequiredForCompletion is { } required && required != assessment.RequiredForCompletion)
        {
            assessment.RequiredForCompletion = required;
            db.AddIntegrationEvent(RequirementChanged(assessment));
        }

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

    /// <summary>Makes passing the assessment a completion rule of its offering, or no longer one.</summary>
    public async Task<Outcome<AssessmentView>> SetRequiredAsync(Guid assessmentId, bool required, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null)
        {
            return Outcome<AssessmentView>.NotFound("The assessment");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<AssessmentView>.Forbidden("Only the offering's instructors and coordinators change its completion rules.");
        }

        if (assessment.RequiredForCompletion != required)
        {
            assessment.RequiredForCompletion = required;
            db.AddIntegrationEvent(RequirementChanged(assessment));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment));
    }

    private AssessmentRequirementChangedIntegrationEvent RequirementChanged(AssessmentDefinition assessment) => new()
    {
        OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
        AssessmentId = assessment.Id,
        OfferingId = assessment.OfferingId,
        Required = assessment.RequiredForCompletion,
    };

    /// <summary>The offering's assessments: staff see all settings; a participant also sees their own standing in each.</summary>
    public async Task<Outcome<IReadOnlyList<AssessmentView>>> ListAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<IReadOnlyList<AssessmentView>>.NotFound("The offering");
        }

        var isStaff = access.IsStaffOf(offering);
        if (!isStaff && !await access.IsParticipantAsync(offeringId, cancellationToken))
        {
            return Outcome<IReadOnlyList<AssessmentView>>.Forbidden("The assessments are for the offering's participants and staff.");
        }

        var assessments = await db.Assessments.AsNoTracking().Where(a => a.OfferingId == offeringId).ToListAsync(cancellationToken);
        assessments = [.. assessments.OrderBy(a => a.DueAtUtc ?? DateTime.MaxValue).ThenBy(a => a.Title, StringComparer.CurrentCulture)];
        if (isStaff)
        {
            return Outcome<IReadOnlyList<AssessmentView>>.Ok([.. assessments.Select(a => AssessmentView.From(a))]);
        }

        var mine = await standing.ForAsync(access.UserId, offeringId, assessments, cancellationToken);
        return Outcome<IReadOnlyList<AssessmentView>>.Ok([.. assessments.Select(a => AssessmentView.From(a, mine[a.Id]))]);
    }

    public async Task<Outcome<AssessmentView>> GetAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null)
        {
            return Outcome<AssessmentView>.NotFound("The assessment");
        }

        if (access.IsStaffOf(offering))
        {
            return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment));
        }

        if (!await access.IsParticipantAsync(offering.Id, cancellationToken))
        {
            return Outcome<AssessmentView>.NotFound("The assessment");
        }

        var mine = await standing.ForAsync(access.UserId, offering.Id, [assessment], cancellationToken);
        return Outcome<AssessmentView>.Ok(AssessmentView.From(assessment, mine[assessment.Id]));
    }

    /// <summary>Gives one participant a later due date (or moves an extension); the latest grant wins.</summary>
    public async Task<Outcome<ExtensionView>> GrantExtensionAsync(Guid assessmentId, Guid userId, ExtensionRequest request, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null)
        {
            return Outcome<ExtensionView>.NotFound("The assessment");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<ExtensionView>.Forbidden("Only the offering's instructors and coordinators grant extensions.");
        }

        var errors = new ValidationErrors()
            .AddIf(request.DueAtUtc is null, "dueAtUtc", "The new due date is required.")
            .AddIf(request.DueAtUtc is { } due && assessment.DueAtUtc is { } original && due <= original, "dueAtUtc", "An extension ends after the assessment's due date.");
        if (!errors.IsValid)
        {
            return Outcome<ExtensionView>.Invalid(errors);
        }

        if (!await access.IsParticipantAsync(offering.Id, userId, cancellationToken))
        {
            return Outcome<ExtensionView>.NotFound("The participant");
        }

        var dueAtUtc = DateTime.SpecifyKind(request.DueAtUtc!.Value, DateTimeKind.Utc);
        var now = clock.GetUtcNow().UtcDateTime;
        var extension = await db.Extensions.SingleOrDefaultAsync(e => e.AssessmentId == assessmentId && e.UserId == userId, cancellationToken);
        if (extension is null)
        {
            db.Extensions.Add(new DeadlineExtension(assessmentId, userId, dueAtUtc, access.UserId, now));
        }
        else
        {
            extension.DueAtUtc = dueAtUtc;
            extension.GrantedBy = access.UserId;
            extension.GrantedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ExtensionView>.Ok(new ExtensionView(assessmentId, userId, dueAtUtc));
    }
}

internal sealed record ExtensionView(Guid AssessmentId, Guid UserId, DateTime DueAtUtc);
