using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.AddQuestion;

/// <summary>Adds a question to the bank of the offering's course.</summary>
internal sealed class AddQuestionHandler(AssessmentDbContext db, AssessmentAccess access, TimeProvider clock)
{
    public async Task<Outcome<QuestionView>> HandleAsync(Guid offeringId, QuestionRequest request, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<QuestionView>.NotFound("The offering");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<QuestionView>.Forbidden("Only the offering's instructors and coordinators edit its course's question bank.");
        }

        var errors = new ValidationErrors();
        var question = QuestionDefinition.Build(request, Guid.NewGuid(), offering.CourseId, access.UserId, clock.GetUtcNow().UtcDateTime, errors);
        if (question is null)
        {
            return Outcome<QuestionView>.Invalid(errors);
        }

        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<QuestionView>.Ok(QuestionView.From(question));
    }
}
