using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.DemoData;

/// <summary>A question bank, a quiz and a rubric-graded assignment for the demo clinician course, so instructors have something to grade.</summary>
internal sealed class AssessmentDemoDataSeeder(AssessmentDbContext db, ICourseCatalog catalog, IUserDirectory users, TimeProvider clock) : IDemoDataSeeder
{
    public const string DemoCourseCode = "AICP";

    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Assessments.AnyAsync(cancellationToken)
            || (await catalog.FindOfferingsOfCourseAsync(DemoCourseCode, cancellationToken)).FirstOrDefault() is not { } offering)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var author = (await users.FindByEmailAsync("instructor@demo.local", cancellationToken))?.UserId ?? Guid.Empty;
        var validation = new Question(Guid.NewGuid(), offering.CourseId, QuestionType.MultipleChoice, "Which of these make a clinical prediction model trustworthy before use?", 2, author, now)
        {
            Explanation = "Accuracy on the training data says little; external validation and calibration do.",
        };
        validation.SetOptions([
            new QuestionOption { Text = "External validation in a comparable population", IsCorrect = true },
            new QuestionOption { Text = "Good calibration", IsCorrect = true },
            new QuestionOption { Text = "A high accuracy on the training data" },
            new QuestionOption { Text = "A large number of input variables" },
        ]);
        var regulation = new Question(Guid.NewGuid(), offering.CourseId, QuestionType.TrueFalse, "Software that predicts a diagnosis for an individual patient can be a medical device under the MDR.", 1, author, now)
        {
            CorrectBoolean = true,
        };
        var auc = new Question(Guid.NewGuid(), offering.CourseId, QuestionType.Numeric, "A model ranks a random case above a random control 85 times out of 100. What is its AUC?", 1, author, now)
        {
            CorrectNumber = 0.85,
            Tolerance = 0.01,
        };
        db.Questions.AddRange(validation, regulation, auc);
        db.Assessments.Add(new AssessmentDefinition(Guid.NewGuid(), offering.Id, offering.CourseId, AssessmentKind.Quiz, author, now, new AssessmentSettings
        {
            Title = "Check your understanding",
            Instructions = "Three questions on validation, regulation and discrimination. Two attempts; the best counts.",
            MaxAttempts = 2,
            TimeLimitMinutes = 20,
            PassMarkPercent = 60,
            DueAtUtc = offering.EndsAtUtc,
        }, new AssessmentScoring([validation.Id, regulation.Id, auc.Id], [], 10)));
        db.Assessments.Add(new AssessmentDefinition(Guid.NewGuid(), offering.Id, offering.CourseId, AssessmentKind.Assignment, author, now, new AssessmentSettings
        {
            Title = "Appraise an AI tool from your own ward",
            Instructions = "Choose an AI tool used (or proposed) on your ward and appraise it in at most two pages: evidence, validation, bias and regulation.",
            Weight = 2,
            PassMarkPercent = 60,
            DueAtUtc = offering.EndsAtUtc.AddDays(14),
            LatePolicy = LateSubmissionPolicy.AcceptWithPenalty,
            LatePenaltyPercentPerDay = 5,
            LatePenaltyCapPercent = 30,
            AcceptsFile = true,
            AllowedFileExtensions = [".pdf", ".docx"],
            BlindMarking = true,
        }, new AssessmentScoring([],
            [
                Criterion("Evidence and validation", ("Missing", 0), ("Described", 3), ("Critically appraised", 6)),
                Criterion("Bias and fairness", ("Missing", 0), ("Named", 2), ("Analysed", 4)),
                Criterion("Regulation (MDR, AI Act)", ("Missing", 0), ("Correct", 2)),
            ], 10)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static RubricCriterion Criterion(string title, params (string Label, double Points)[] levels) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        Levels = [.. levels.Select(l => new RubricLevel { Label = l.Label, Points = l.Points })],
    };
}
