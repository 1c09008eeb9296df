using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.GradeSubmission;
using HealthAiAcademy.Assessment.Features.HandInAssignment;
using HealthAiAcademy.Assessment.Features.ReleaseGrades;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.Assessment.Features.StartQuizAttempt;
using HealthAiAcademy.Assessment.Features.SubmitQuizAttempt;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Assessment.DemoData;

/// <summary>
/// A question bank, a quiz and a rubric-graded assignment for the coming demo clinician course, and work in them made through
/// the use cases as the demo people would: the participant takes the quiz and gets a graded, released assignment; two
/// colleagues' hand-ins wait in the instructor's grading queue.
/// </summary>
internal sealed class AssessmentDemoDataSeeder(
    AssessmentDbContext db, ICourseCatalog catalog, IUserDirectory users, TimeProvider clock, DemoActor actor, HandInAssignmentHandler handIn,
    StartQuizAttemptHandler startAttempt, SubmitQuizAttemptHandler submitAttempt, GradeSubmissionHandler grade, ReleaseGradesHandler release,
    IOptions<DemoOptions> options) : IDemoDataSeeder
{
    public const string DemoCourseCode = "AICP";

    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Assessments.AnyAsync(cancellationToken)
            || (await catalog.FindOfferingsOfCourseAsync(DemoCourseCode, cancellationToken)).FirstOrDefault(o => o.StartsAtUtc > now) is not { } offering)
        {
            return;
        }

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
        var quiz = new AssessmentDefinition(Guid.NewGuid(), offering.Id, offering.CourseId, AssessmentKind.Quiz, author, now, new AssessmentSettings
        {
            Title = "Check your understanding",
            Instructions = "Three questions on validation, regulation and discrimination. Two attempts; the best counts.",
            MaxAttempts = 2,
            TimeLimitMinutes = 20,
            PassMarkPercent = 60,
            DueAtUtc = offering.EndsAtUtc,
        }, new AssessmentScoring([validation.Id, regulation.Id, auc.Id], [], 10));
        var assignment = new AssessmentDefinition(Guid.NewGuid(), offering.Id, offering.CourseId, AssessmentKind.Assignment, author, now, new AssessmentSettings
        {
            Title = "Appraise an AI tool from your own ward",
            Instructions = "Choose an AI tool used (or proposed) on your ward and appraise it in at most two pages: evidence, validation, bias and regulation.",
            Weight = 2,
            PassMarkPercent = 60,
            DueAtUtc = offering.EndsAtUtc.AddDays(14),
            LatePolicy = LateSubmissionPolicy.AcceptWithPenalty,
            LatePenaltyPercentPerDay = 5,
            LatePenaltyCapPercent = 30,
            AcceptsText = true,
            AcceptsFile = true,
            AllowedFileExtensions = [".pdf", ".docx"],
            BlindMarking = true,
        }, new AssessmentScoring([],
            [
                Criterion("Evidence and validation", ("Missing", 0), ("Described", 3), ("Critically appraised", 6)),
                Criterion("Bias and fairness", ("Missing", 0), ("Named", 2), ("Analysed", 4)),
                Criterion("Regulation (MDR, AI Act)", ("Missing", 0), ("Correct", 2)),
            ], 10));
        db.Assessments.AddRange(quiz, assignment);
        await db.SaveChangesAsync(cancellationToken);
        await WorkAsync(quiz, assignment, author, cancellationToken);
    }

    private async Task WorkAsync(AssessmentDefinition quiz, AssessmentDefinition assignment, Guid instructorId, CancellationToken cancellationToken)
    {
        var participant = await users.FindByEmailAsync("participant@demo.local", cancellationToken);
        var colleagues = new[] { await users.FindByEmailAsync("nurse@demo.local", cancellationToken), await users.FindByEmailAsync("student@demo.local", cancellationToken) };
        if (!options.Value.Activity || participant is null || colleagues.Any(c => c is null) || instructorId == Guid.Empty)
        {
            return;
        }

        foreach (var colleague in colleagues)
        {
            actor.ActAs(colleague!.UserId, Roles.Participant);
            (await handIn.HandleAsync(assignment.Id, new HandInRequest(Appraisal(colleague.FullName), null), cancellationToken)).ValueOrThrow("hand in");
        }

        actor.ActAs(participant.UserId, Roles.Participant);
        var handedIn = (await handIn.HandleAsync(assignment.Id, new HandInRequest(Appraisal(participant.FullName), null), cancellationToken)).ValueOrThrow("hand in").HandIn;
        var attempt = (await startAttempt.HandleAsync(quiz.Id, cancellationToken)).ValueOrThrow("start the quiz").Attempt;
        (await submitAttempt.HandleAsync(attempt.Id, new SubmitAttemptRequest([.. attempt.Questions.Select(CorrectAnswer)]), cancellationToken)).ValueOrThrow("submit the quiz");

        actor.ActAs(instructorId, Roles.Instructor);
        var rubric = assignment.Rubric.Select(c => new RubricChoiceRequest(c.Id, c.Levels.Count - 1)).ToList();
        (await grade.HandleAsync(handedIn.Id, new GradeRequest(rubric,
            null, "A thorough appraisal: the external validation and the bias analysis are convincing. Name the MDR class next time.", null), cancellationToken)).ValueOrThrow("grade");
        (await release.HandleAsync(assignment.Id, cancellationToken)).ValueOrThrow("release the grades");
    }

    private static AnswerRequest CorrectAnswer(AttemptQuestion question) => question.Type switch
    {
        QuestionType.TrueFalse => new AnswerRequest(question.Id, null, true, null, null),
        QuestionType.Numeric => new AnswerRequest(question.Id, null, null, 0.85, null),
        _ => new AnswerRequest(question.Id,
            [.. question.Options.Select((text, index) => (text, index)).Where(o => o.text is "External validation in a comparable population" or "Good calibration").Select(o => o.index)],
            null, null, null),
    };

    private static string Appraisal(string author) =>
        $"Appraisal of the sepsis early-warning score on our ward, by {author}. Evidence: one external validation in a Dutch cohort (AUC 0.81). " +
        "Bias: fewer alarms for women, not yet analysed. Regulation: a medical device under the MDR; high-risk under the AI Act.";

    private static RubricCriterion Criterion(string title, params (string Label, double Points)[] levels) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        Levels = [.. levels.Select(l => new RubricLevel { Label = l.Label, Points = l.Points })],
    };
}
