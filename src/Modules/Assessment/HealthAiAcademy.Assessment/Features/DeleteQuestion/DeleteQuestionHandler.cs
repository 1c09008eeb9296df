using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Assessment.Features.DeleteQuestion;

/// <summary>Deletes a bank question that no quiz asks and no attempt answered; otherwise says which work holds it.</summary>
internal sealed class DeleteQuestionHandler(QuestionChanges changes)
{
    public async Task<Outcome<bool>> HandleAsync(Guid offeringId, Guid questionId, CancellationToken cancellationToken)
    {
        var (question, refusal) = await changes.LoadAsync<bool>(offeringId, questionId, cancellationToken);
        if (question is null)
        {
            return refusal!;
        }

        if ((await changes.AnsweredAsync(questionId, cancellationToken) ?? await changes.AskedByAsync(questionId, cancellationToken)) is { } held)
        {
            return Outcome<bool>.Conflict(held);
        }

        changes.Remove(question);
        await changes.SaveAsync(cancellationToken);
        return Outcome<bool>.Ok(true);
    }
}
