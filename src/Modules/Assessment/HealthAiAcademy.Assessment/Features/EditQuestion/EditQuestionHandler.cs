using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Assessment.Features.EditQuestion;

/// <summary>Changes a bank question that no attempt has answered yet; one that was asked stays, so scores stay true.</summary>
internal sealed class EditQuestionHandler(QuestionChanges changes)
{
    public async Task<Outcome<QuestionView>> HandleAsync(Guid offeringId, Guid questionId, QuestionRequest request, CancellationToken cancellationToken)
    {
        var (question, refusal) = await changes.LoadAsync<QuestionView>(offeringId, questionId, cancellationToken);
        if (question is null)
        {
            return refusal!;
        }

        var errors = new ValidationErrors();
        var definition = QuestionDefinition.Build(request, question.Id, question.CourseId, question.CreatedBy, question.CreatedAtUtc, errors);
        if (definition is null)
        {
            return Outcome<QuestionView>.Invalid(errors);
        }

        if (await changes.AnsweredAsync(questionId, cancellationToken) is { } answered)
        {
            return Outcome<QuestionView>.Conflict(answered);
        }

        changes.Replace(question, definition);
        await changes.SaveAsync(cancellationToken);
        return Outcome<QuestionView>.Ok(QuestionView.From(question));
    }
}
