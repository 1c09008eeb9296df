using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.CompleteEnrollment;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.SetUpEvaluation;

/// <param name="Items">The statements and questions in order; none (or <paramref name="UseStandardTemplate"/>) gives the standard evaluation.</param>
/// <param name="RequiredForCertificate">Completion, and the certificate with it, waits for the participant's answers.</param>
internal sealed record SetUpEvaluationRequest(IReadOnlyList<EvaluationItemRequest>? Items, bool? RequiredForCertificate, bool? UseStandardTemplate);

internal sealed record EvaluationItemRequest(EvaluationItemKind? Kind, string? Text);

/// <summary>
/// Coordinators attach an evaluation to an offering, or change it while nobody has answered. Whoever completed, or now
/// waits only for the evaluation, is evaluated again in the same unit of work: switching the requirement off completes them.
/// </summary>
internal sealed class SetUpEvaluationHandler(
    EnrollmentDbContext db, ICourseCatalog catalog, OfferingStaff staff, ICurrentUser currentUser, CompletionEvaluator completion, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<EvaluationView>> HandleAsync(Guid offeringId, SetUpEvaluationRequest request, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator || currentUser.UserId is not { } coordinatorId)
        {
            return Outcome<EvaluationView>.Forbidden("Only coordinators set up course evaluations.");
        }

        var offering = await catalog.GetCertificateBasisAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<EvaluationView>.NotFound("The offering");
        }

        var (items, errors) = Validate(request, offering.Language);
        if (!errors.IsValid)
        {
            return Outcome<EvaluationView>.Invalid(errors);
        }

        return await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var evaluation = await db.Evaluations.SingleOrDefaultAsync(e => e.OfferingId == offeringId, token);
            var responses = evaluation is null ? 0 : await db.EvaluationResponses.CountAsync(r => r.EvaluationId == evaluation.Id, token);
            var required = request.RequiredForCertificate ?? evaluation?.RequiredForCertificate ?? false;
            if (evaluation is null)
            {
                evaluation = new Evaluation(offeringId, items, required, coordinatorId, now);
                db.Evaluations.Add(evaluation);
            }
            else
            {
                try
                {
                    evaluation.Change(request.Items is null && request.UseStandardTemplate != true ? evaluation.Items : items, required, responses > 0, coordinatorId, now);
                }
                catch (BusinessRuleViolationException refusal)
                {
                    return Outcome<EvaluationView>.Conflict(refusal.Message);
                }
            }

            audit.Record(db, AuditActions.EvaluationChanged, new AuditSubject(nameof(Evaluation), evaluation.Id, offeringId),
                new AuditChanges().Add("RequiredForCertificate", (bool?)null, required).Add("Items", (int?)null, evaluation.Items.Count));
            await db.SaveChangesAsync(token);
            var participants = await db.Enrollments.Where(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Enrolled).Select(e => e.UserId).ToListAsync(token);
            await completion.EvaluateAsync(offeringId, participants, token);
            await db.SaveChangesAsync(token);
            return Outcome<EvaluationView>.Ok(EvaluationView.From(evaluation, responses));
        }, cancellationToken);
    }

    private static (IReadOnlyList<EvaluationItem> Items, ValidationErrors Errors) Validate(SetUpEvaluationRequest request, string language)
    {
        var errors = new ValidationErrors();
        if (request.UseStandardTemplate == true || request.Items is null)
        {
            return (StandardEvaluation.For(language), errors);
        }

        errors.AddIf(request.Items.Count is 0 or > Evaluation.MaxItems, "items", $"An evaluation has 1 to {Evaluation.MaxItems} statements or questions.");
        var items = new List<EvaluationItem>();
        foreach (var (item, index) in request.Items.Select((item, index) => (item, index)))
        {
            var text = item?.Text?.Trim();
            if (item?.Kind is not { } kind || !Enum.IsDefined(kind) || string.IsNullOrEmpty(text) || text.Length > Evaluation.ItemTextMaxLength)
            {
                errors.Add($"items[{index}]", $"Each item is a Likert statement or an open question of 1 to {Evaluation.ItemTextMaxLength} characters.");
                continue;
            }

            items.Add(new EvaluationItem { Kind = kind, Text = text });
        }

        return (items, errors);
    }
}
