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

        if (!await standing.IsParticipantAsync(offering.Id, userId, cancellationToken))
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
