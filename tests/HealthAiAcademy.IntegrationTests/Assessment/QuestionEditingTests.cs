using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Assessment;

/// <summary>Issue 14, item 2: bank questions are changed and deleted, but never under a quiz or an attempt that asked them.</summary>
public sealed class QuestionEditingTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_question_changes_until_asked_and_goes_only_when_no_quiz_holds_it()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var free = await scenario.AddQuestionAsync(new { type = "TrueFalse", prompt = "External validation is optional.", points = 1, correctBoolean = false });
        var used = await scenario.AddQuestionAsync(new { type = "TrueFalse", prompt = "Calibration matters.", points = 1, correctBoolean = true });
        var quiz = await scenario.CreateAssessmentAsync(new { title = "Check", kind = "Quiz", weight = 1, passMarkPercent = 50, questionIds = new[] { used }, maxAttempts = 1 });
        var participant = factory.CreateClientForUser(Guid.NewGuid());
        await scenario.EnrolAsync(participant);
        (await participant.PostAsync($"/api/assessment/assessments/{quiz.GetProperty("id").GetGuid()}/attempts", null)).EnsureSuccessStatusCode();
        var baseUrl = $"/api/assessment/offerings/{scenario.OfferingId}/questions";

        var changed = await scenario.Instructor.PutAsJsonAsync($"{baseUrl}/{free}", new { type = "SingleChoice", prompt = "Which comes first?", points = 2, options = new[] { new { text = "Validation", isCorrect = true }, new { text = "Deployment", isCorrect = false } } });
        var invalid = await scenario.Instructor.PutAsJsonAsync($"{baseUrl}/{free}", new { type = "SingleChoice", prompt = "", points = 0, options = Array.Empty<object>() });
        var answered = await scenario.Instructor.PutAsJsonAsync($"{baseUrl}/{used}", new { type = "TrueFalse", prompt = "Calibration does not matter.", points = 1, correctBoolean = false });
        var heldByQuiz = await scenario.Instructor.DeleteAsync($"{baseUrl}/{used}");
        var inQuiz = await scenario.AddQuestionAsync(new { type = "TrueFalse", prompt = "Drift needs monitoring.", points = 1, correctBoolean = true });
        await scenario.CreateAssessmentAsync(new { title = "Later check", kind = "Quiz", weight = 1, passMarkPercent = 50, questionIds = new[] { inQuiz }, maxAttempts = 1 });
        var askedByQuiz = await scenario.Instructor.DeleteAsync($"{baseUrl}/{inQuiz}");
        var changedInQuiz = await scenario.Instructor.PutAsJsonAsync($"{baseUrl}/{inQuiz}", new { type = "TrueFalse", prompt = "Drift needs monitoring, always.", points = 1, correctBoolean = true });
        var unknown = await scenario.Instructor.DeleteAsync($"{baseUrl}/{Guid.NewGuid()}");
        var page = await (await factory.CreateCookieClientForAsync("instructor@demo.local")).GetStringAsync($"/manage/offerings/{scenario.OfferingId}/questions/{free}");
        var deleted = await scenario.Instructor.DeleteAsync($"{baseUrl}/{free}");
        var bank = await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync(baseUrl));

        var view = await CoursesApi.JsonAsync(changed);
        Assert.Equal(("SingleChoice", 2.0), (view.GetProperty("type").GetString(), view.GetProperty("points").GetDouble()));
        await invalid.AssertValidationProblemAsync("prompt", "points", "options");
        Assert.Contains("attempt", (await answered.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("attempt", (await heldByQuiz.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("*Validation", page);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(new[] { used, inQuiz }.Order(), bank.EnumerateArray().Select(q => q.GetProperty("id").GetGuid()).Order());
        Assert.Contains("Later check", (await askedByQuiz.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, changedInQuiz.StatusCode);
    }
}
