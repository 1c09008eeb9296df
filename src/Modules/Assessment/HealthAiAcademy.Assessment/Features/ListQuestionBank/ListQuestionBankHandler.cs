using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.ListQuestionBank;

/// <summary>The question bank of the offering's course, for its staff.</summary>
internal sealed class ListQuestionBankHandler(AssessmentDbContext db, AssessmentAccess access)
{
    public async Task<Outcome<IReadOnlyList<QuestionView>>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<IReadOnlyList<QuestionView>>.NotFound("The offering");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<IReadOnlyList<QuestionView>>.Forbidden("The question bank, answers included, is for staff.");
        }

        var questions = await db.Questions.AsNoTracking().Where(q => q.CourseId == offering.CourseId).OrderBy(q => q.CreatedAtUtc).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<QuestionView>>.Ok([.. questions.Select(QuestionView.From)]);
    }
}
