using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>
/// What changing or deleting a bank question shares: found through an offering of its course (404), by that offering's
/// staff (403); and what it is tied to: the assessments that ask it and the attempts that answered it.
/// </summary>
internal sealed class QuestionChanges(AssessmentDbContext db, AssessmentAccess access)
{
    public async Task<(Question? Question, Outcome<T>? Refusal)> LoadAsync<T>(Guid offeringId, Guid questionId, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        var question = offering is null ? null : await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId && q.CourseId == offering.CourseId, cancellationToken);
        if (offering is null || question is null)
        {
            return (null, Outcome<T>.NotFound("The question"));
        }

        return access.IsStaffOf(offering)
            ? (question, null)
            : (null, Outcome<T>.Forbidden("Only the offering's instructors and coordinators edit its course's question bank."));
    }

    /// <returns>Null when no attempt answered the question, else why it must stay as it is.</returns>
    public async Task<string?> AnsweredAsync(Guid questionId, CancellationToken cancellationToken) =>
        await db.Attempts.CountAsync(a => a.QuestionOrder.Contains(questionId), cancellationToken) is var attempts and > 0
            ? $"{attempts} quiz attempt(s) asked this question; changing or deleting it would change their scores. Add a new question instead."
            : null;

    /// <returns>Null when no assessment asks the question, else which do.</returns>
    public async Task<string?> AskedByAsync(Guid questionId, CancellationToken cancellationToken)
    {
        var titles = await db.Assessments.Where(a => a.QuestionIds.Contains(questionId)).Select(a => a.Title).ToListAsync(cancellationToken);
        return titles.Count > 0 ? $"Asked in {string.Join(", ", titles)}: take it out of the quiz first." : null;
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public void Remove(Question question) => db.Questions.Remove(question);

    /// <summary>Takes every value of <paramref name="definition"/> (a question built from the request with the same id).</summary>
    public void Replace(Question question, Question definition)
    {
        db.Entry(question).CurrentValues.SetValues(definition);
        question.SetOptions(definition.Options);
    }
}
