using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.CompleteEnrollment;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.AnswerEvaluation;

internal sealed record AnswerEvaluationRequest(IReadOnlyList<EvaluationAnswerRequest>? Answers);

/// <param name="Score">For a Likert statement: 1 (strongly disagree) to 5 (strongly agree).</param>
internal sealed record EvaluationAnswerRequest(Guid? ItemId, int? Score, string? Text);

/// <param name="Completed">The answers completed the offering: its certificate follows.</param>
internal sealed record EvaluationAnswered(Guid OfferingId, bool Completed);

/// <summary>
/// A participant who completed (or waits only for this) answers the evaluation once. The answers and the receipt are saved
/// apart, in one unit of work with the completion they may unlock; a second answer meets the receipt's key and is refused.
/// </summary>
internal sealed class AnswerEvaluationHandler(EnrollmentDbContext db, ICurrentUser currentUser, CompletionEvaluator completion)
{
    public const int OpenAnswerMaxLength = 2000;

    public async Task<Outcome<EvaluationAnswered>> HandleAsync(Guid offeringId, AnswerEvaluationRequest request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome<EvaluationAnswered>.Forbidden("Sign in to evaluate a course.");
        }

        var evaluation = await db.Evaluations.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId, cancellationToken);
        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId && e.UserId == userId, cancellationToken);
        if (evaluation is null || enrollment is null)
        {
            return Outcome<EvaluationAnswered>.NotFound("The evaluation");
        }

        var (answers, errors) = Validate(evaluation, request);
        if (!errors.IsValid)
        {
            return Outcome<EvaluationAnswered>.Invalid(errors);
        }

        if (!enrollment.MayEvaluate)
        {
            return Outcome<EvaluationAnswered>.Conflict("You can evaluate the course once you have completed it.");
        }

        try
        {
            return await db.InTransactionAsync(async token =>
            {
                if (await db.EvaluationReceipts.AnyAsync(r => r.EvaluationId == evaluation.Id && r.UserId == userId, token))
                {
                    return Outcome<EvaluationAnswered>.Conflict("You have already evaluated this course; an evaluation is answered once.");
                }

                db.EvaluationResponses.Add(new EvaluationResponse(evaluation.Id, answers));
                db.EvaluationReceipts.Add(new EvaluationReceipt(evaluation.Id, userId));
                await db.SaveChangesAsync(token);
                await completion.EvaluateAsync(offeringId, [userId], token);
                await db.SaveChangesAsync(token);
                var completed = await db.Enrollments.AnyAsync(e => e.Id == enrollment.Id && e.Status == EnrollmentStatus.Completed, token);
                return Outcome<EvaluationAnswered>.Ok(new EvaluationAnswered(offeringId, completed));
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueKeyViolation())
        {
            return Outcome<EvaluationAnswered>.Conflict("You have already evaluated this course; an evaluation is answered once.");
        }
    }

    private static (List<EvaluationAnswer> Answers, ValidationErrors Errors) Validate(Evaluation evaluation, AnswerEvaluationRequest request)
    {
        var errors = new ValidationErrors();
        var given = (request.Answers ?? []).Where(a => a?.ItemId is not null).GroupBy(a => a.ItemId!.Value).ToDictionary(g => g.Key, g => g.First());
        var unknown = given.Keys.Except(evaluation.Items.Select(i => i.Id)).ToList();
        errors.AddIf(unknown.Count > 0, "answers", "Some answers are for questions this evaluation does not have.");
        var answers = new List<EvaluationAnswer>();
        foreach (var (item, index) in evaluation.Items.Select((item, index) => (item, index)))
        {
            var answer = given.GetValueOrDefault(item.Id);
            if (item.IsLikert)
            {
                if (answer?.Score is not (>= 1 and <= 5))
                {
                    errors.Add($"answers[{index}]", "Choose a score from 1 (strongly disagree) to 5 (strongly agree).");
                    continue;
                }

                answers.Add(new EvaluationAnswer { ItemId = item.Id, Score = answer.Score });
            }
            else
            {
                var text = answer?.Text?.Trim();
                if (text?.Length > OpenAnswerMaxLength)
                {
                    errors.Add($"answers[{index}]", $"At most {OpenAnswerMaxLength} characters.");
                    continue;
                }

                answers.Add(new EvaluationAnswer { ItemId = item.Id, Text = string.IsNullOrEmpty(text) ? null : text });
            }
        }

        return (answers, errors);
    }
}
