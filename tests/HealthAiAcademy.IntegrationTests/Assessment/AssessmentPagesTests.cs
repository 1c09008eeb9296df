using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Assessment;

public sealed class AssessmentPagesTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Staff_build_a_quiz_on_the_pages_a_participant_takes_it_and_mistakes_come_back_as_messages()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var instructor = await factory.CreateCookieClientForAsync("instructor@demo.local");
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");
        await scenario.EnrolAsync(await factory.CreateClientForAsync("participant@demo.local"));
        var questions = $"/manage/offerings/{scenario.OfferingId}/questions";
        var newAssessment = $"/manage/offerings/{scenario.OfferingId}/assessments/new";

        var token = await AccountPagesTests.AntiforgeryTokenAsync(instructor, questions);
        var added = await instructor.PostAsync(questions, AccountPagesTests.Form(token, new()
        {
            ["Input.Type"] = "SingleChoice", ["Input.Prompt"] = "Which metric suits an imbalanced outcome?", ["Input.Points"] = "1",
            ["Input.Options"] = "Accuracy\n*Precision-recall AUC\nR squared",
        }));
        var badQuestion = await instructor.PostAsync(questions, AccountPagesTests.Form(token, new() { ["Input.Type"] = "Numeric", ["Input.Prompt"] = "", ["Input.Points"] = "1" }));
        var questionId = await factory.WithScopeAsync<AssessmentDbContext, Guid>(db =>
            db.Questions.Where(q => q.Prompt == "Which metric suits an imbalanced outcome?").Select(q => q.Id).SingleAsync());

        token = await AccountPagesTests.AntiforgeryTokenAsync(instructor, newAssessment);
        var badRubric = await instructor.PostAsync(newAssessment, AccountPagesTests.Form(token, new()
        {
            ["Input.Title"] = "Essay", ["Input.Kind"] = "Assignment", ["Input.Rubric"] = "Validation Missing=0", ["Input.Due"] = "2030-03-31T02:30",
        }));
        var created = await instructor.PostAsync(newAssessment, AccountPagesTests.Form(token, new()
        {
            ["Input.Title"] = "Metrics quiz", ["Input.Kind"] = "Quiz", ["Input.QuestionIds"] = questionId.ToString(), ["Input.MaxAttempts"] = "2", ["Input.Due"] = "2030-06-01T17:00",
        }));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("A prompt of at most 2000 characters is required.", await badQuestion.Content.ReadAsStringAsync());
        var badRubricPage = await badRubric.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, badRubric.StatusCode);
        Assert.Contains("needs the form", badRubricPage);
        Assert.Contains("does not exist in Europe/Amsterdam", badRubricPage);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var quiz = await factory.WithScopeAsync<AssessmentDbContext, HealthAiAcademy.Assessment.Domain.AssessmentDefinition>(db =>
            db.Assessments.SingleAsync(a => a.OfferingId == scenario.OfferingId));
        Assert.Equal(new DateTime(2030, 6, 1, 15, 0, 0, DateTimeKind.Utc), quiz.DueAtUtc);

        var list = $"/learning/offerings/{scenario.OfferingId}/assessments";
        Assert.Contains("Metrics quiz", await participant.GetStringAsync(list));
        token = await AccountPagesTests.AntiforgeryTokenAsync(participant, list);
        var started = await participant.PostAsync($"{list}?handler=Start&assessmentId={quiz.Id}", AccountPagesTests.Form(token, []));
        var attemptUrl = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/learning/attempts/", attemptUrl);
        token = await AccountPagesTests.AntiforgeryTokenAsync(participant, attemptUrl);
        var handedIn = await participant.PostAsync(attemptUrl, AccountPagesTests.Form(token, new() { ["Answers[0].QuestionId"] = questionId.ToString(), ["Answers[0].Choices"] = "1" }));
        Assert.Equal(HttpStatusCode.Redirect, handedIn.StatusCode);
        var result = await participant.GetStringAsync(attemptUrl);
        Assert.Contains("100%", result);
        Assert.Contains("Precision-recall AUC", result);

        var gradebook = await instructor.GetStringAsync($"/manage/offerings/{scenario.OfferingId}/gradebook");
        Assert.Contains("Łukasz Şahin-de Vries", gradebook);
        Assert.Contains("Pass rate", gradebook);
        var participantGradebook = await participant.GetAsync($"/manage/offerings/{scenario.OfferingId}/gradebook");
        Assert.StartsWith("/account/access-denied", participantGradebook.Headers.Location!.PathAndQuery);
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = "outsider@hospital.example", password = "Outsider-Pass-1", fullName = "Olga Outsider" })).EnsureSuccessStatusCode();
        var outsider = await factory.CreateCookieClientForAsync("outsider@hospital.example", password: "Outsider-Pass-1");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(list)).StatusCode);
    }
}
