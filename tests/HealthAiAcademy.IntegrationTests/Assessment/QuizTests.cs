using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Assessment;

public sealed class QuizTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_quiz_is_scored_with_partial_credit_the_best_attempt_counts_and_the_pass_is_announced_once()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var (multiple, numeric, text) = await QuestionsAsync(scenario);
        var quiz = await scenario.CreateAssessmentAsync(new
        {
            title = "Week 1 quiz", kind = "Quiz", questionIds = new[] { multiple, numeric, text }, maxAttempts = 2, countedAttempt = "Highest", passMarkPercent = 70,
        });
        var (userId, participant) = await scenario.EnrolAsync();
        var quizId = quiz.GetProperty("id").GetGuid();

        var first = await StartAsync(participant, quizId);
        var firstResult = await SubmitAsync(participant, first, new { questionId = multiple, choices = new[] { 0 } }, new { questionId = numeric, number = 0.92 }, new { questionId = text, text = " random  FOREST " });
        var second = await StartAsync(participant, quizId);
        var secondResult = await SubmitAsync(participant, second, new { questionId = numeric, number = 0.5 });
        var third = await participant.PostAsync($"/api/assessment/assessments/{quizId}/attempts", null);

        // Half the multiple choice (1 of 2 points) + the numeric answer within tolerance (2) + the short text (1) = 4 of 5 points.
        Assert.Equal(80, firstResult.GetProperty("result").GetProperty("scorePercent").GetDouble());
        Assert.True(firstResult.GetProperty("result").GetProperty("passed").GetBoolean());
        Assert.Equal(0.5, firstResult.GetProperty("result").GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetGuid() == multiple).GetProperty("credit").GetDouble());
        Assert.Equal(0, secondResult.GetProperty("result").GetProperty("scorePercent").GetDouble());
        Assert.Equal(80, secondResult.GetProperty("result").GetProperty("countedScorePercent").GetDouble());
        await third.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await factory.WithScopeAsync<AssessmentDbContext, int>(db =>
            db.OutboxMessages.CountAsync(m => m.Type.Contains("AssessmentPassedIntegrationEvent") && m.Payload.Contains(userId.ToString()))));
        var listed = await CoursesApi.JsonAsync(await participant.GetAsync($"/api/assessment/offerings/{scenario.OfferingId}/assessments"));
        Assert.Equal(80, listed[0].GetProperty("mine").GetProperty("scorePercent").GetDouble());
        Assert.Equal(2, listed[0].GetProperty("mine").GetProperty("attemptsUsed").GetInt32());
    }

    [Fact]
    public async Task Unknown_answers_double_hand_ins_outsiders_and_the_time_limit_get_clear_answers()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var (multiple, numeric, text) = await QuestionsAsync(scenario);
        var quiz = await scenario.CreateAssessmentAsync(new { title = "Timed quiz", kind = "Quiz", questionIds = new[] { multiple, numeric, text }, maxAttempts = 3, timeLimitMinutes = 10 });
        var quizId = quiz.GetProperty("id").GetGuid();
        var (_, participant) = await scenario.EnrolAsync();
        var outsider = factory.CreateClientForUser(Guid.NewGuid());

        var attemptId = await StartAsync(participant, quizId);
        var unknown = await participant.PostAsJsonAsync($"/api/assessment/attempts/{attemptId}/submit", new { answers = new object[] { new { questionId = Guid.NewGuid(), text = "x" }, new { questionId = multiple, choices = new[] { 9 } } } });
        var notYours = await outsider.PostAsJsonAsync($"/api/assessment/attempts/{attemptId}/submit", new { answers = Array.Empty<object>() });
        var outsiderStart = await outsider.PostAsync($"/api/assessment/assessments/{quizId}/attempts", null);
        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            participant.PostAsJsonAsync($"/api/assessment/attempts/{attemptId}/submit", new { answers = new[] { new { questionId = text, text = "RF" } } })));

        await unknown.AssertValidationProblemAsync("answers[0].questionId", "answers[1].choices");
        await notYours.AssertProblemAsync(HttpStatusCode.NotFound);
        await outsiderStart.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(together, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(together.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));

        var late = await StartAsync(participant, quizId);
        await factory.WithScopeAsync<AssessmentDbContext>(db =>
            db.Attempts.Where(a => a.Id == late).ExecuteUpdateAsync(s => s.SetProperty(a => a.DeadlineUtc, DateTime.UtcNow.AddMinutes(-5))));
        var afterLimit = await participant.PostAsJsonAsync($"/api/assessment/attempts/{late}/submit", new { answers = new[] { new { questionId = text, text = "RF" } } });

        await afterLimit.AssertProblemAsync(HttpStatusCode.Conflict);
        var attempt = await CoursesApi.JsonAsync(await participant.GetAsync($"/api/assessment/attempts/{late}"));
        Assert.Equal("Expired", attempt.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("result").GetProperty("scorePercent").ValueKind);
    }

    [Fact]
    public async Task A_bank_question_or_quiz_with_mistakes_is_refused_field_by_field_and_the_bank_is_for_staff()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var (_, participant) = await scenario.EnrolAsync();

        var badQuestion = await scenario.Instructor.PostAsJsonAsync($"/api/assessment/offerings/{scenario.OfferingId}/questions",
            new { type = "SingleChoice", prompt = "", points = 0, options = new[] { new { text = "A", isCorrect = true }, new { text = "B", isCorrect = true } } });
        var badQuiz = await scenario.Instructor.PostAsJsonAsync($"/api/assessment/offerings/{scenario.OfferingId}/assessments",
            new { title = "Quiz", kind = "Quiz", questionIds = new[] { Guid.NewGuid() }, maxAttempts = 0 });
        var badKind = await scenario.Instructor.PostAsJsonAsync($"/api/assessment/offerings/{scenario.OfferingId}/assessments", new { title = "X", kind = "Oral" });
        var participantReadsBank = await participant.GetAsync($"/api/assessment/offerings/{scenario.OfferingId}/questions");
        var otherInstructor = await factory.CreateClientForUser(Guid.NewGuid(), "Instructor").PostAsJsonAsync($"/api/assessment/offerings/{scenario.OfferingId}/assessments", new { title = "Mine", kind = "Assignment" });

        await badQuestion.AssertValidationProblemAsync("prompt", "points", "options");
        await badQuiz.AssertValidationProblemAsync("questionIds[0]", "maxAttempts");
        await badKind.AssertValidationProblemAsync("kind");
        await participantReadsBank.AssertProblemAsync(HttpStatusCode.Forbidden);
        await otherInstructor.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await factory.WithScopeAsync<AssessmentDbContext, int>(db => db.Assessments.CountAsync(a => a.OfferingId == scenario.OfferingId)));
    }

    /// <summary>Multiple choice (2 points, two correct of four), numeric (2 points, 0.9 ± 0.05), short text (1 point).</summary>
    internal static async Task<(Guid Multiple, Guid Numeric, Guid Text)> QuestionsAsync(AssessmentScenario scenario)
    {
        var multiple = await scenario.AddQuestionAsync(new
        {
            type = "MultipleChoice", prompt = "Which are supervised learning methods?", points = 2,
            options = new[] { new { text = "Logistic regression", isCorrect = true }, new { text = "Random forest", isCorrect = true }, new { text = "k-means", isCorrect = false }, new { text = "PCA", isCorrect = false } },
            explanation = "k-means and PCA need no labels.",
        });
        var numeric = await scenario.AddQuestionAsync(new { type = "Numeric", prompt = "The AUC reported in the paper?", points = 2, correctNumber = 0.9, tolerance = 0.05 });
        var text = await scenario.AddQuestionAsync(new { type = "ShortText", prompt = "Name an ensemble of decision trees.", points = 1, acceptedAnswers = new[] { "Random forest", "RF" } });
        return (multiple, numeric, text);
    }

    private static async Task<Guid> StartAsync(HttpClient participant, Guid quizId)
    {
        var response = await participant.PostAsync($"/api/assessment/assessments/{quizId}/attempts", null);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var attempt = await CoursesApi.JsonAsync(response);
        Assert.Equal(3, attempt.GetProperty("questions").GetArrayLength());
        Assert.DoesNotContain("isCorrect", attempt.GetRawText());
        return attempt.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> SubmitAsync(HttpClient participant, Guid attemptId, params object[] answers)
    {
        var response = await participant.PostAsJsonAsync($"/api/assessment/attempts/{attemptId}/submit", new { answers });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await CoursesApi.JsonAsync(response);
    }
}
