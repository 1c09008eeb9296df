using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Assessment;

public sealed class AssessmentUpdateTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Settings_change_field_by_field_but_the_points_are_fixed_once_work_is_handed_in()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var assignment = await scenario.CreateAssessmentAsync(new { title = "Reflection", kind = "Assignment", maxPoints = 20, weight = 3, passMarkPercent = 50 });
        var id = assignment.GetProperty("id").GetGuid();
        var due = new DateTime(2030, 6, 1, 15, 0, 0, DateTimeKind.Utc);

        var moved = await CoursesApi.JsonAsync(await scenario.Instructor.PutAsJsonAsync($"/api/assessment/assessments/{id}", new { dueAtUtc = due }));
        var kindChange = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/assessments/{id}", new { kind = "Quiz" });
        var badWeight = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/assessments/{id}", new { weight = -1 });
        var (_, participant) = await scenario.EnrolAsync();
        await participant.PostAsJsonAsync($"/api/assessment/assessments/{id}/submissions", new { text = "Done" });
        var pointsAfterWork = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/assessments/{id}", new { maxPoints = 10 });
        var titleAfterWork = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/assessments/{id}", new { title = "Reflection on week 1" });
        var byParticipant = await participant.PutAsJsonAsync($"/api/assessment/assessments/{id}", new { title = "Mine" });

        Assert.Equal(due, moved.GetProperty("dueAtUtc").GetDateTime().ToUniversalTime());
        Assert.Equal(3, moved.GetProperty("weight").GetDouble());
        Assert.Equal(20, moved.GetProperty("availablePoints").GetDouble());
        await kindChange.AssertValidationProblemAsync("kind");
        await badWeight.AssertValidationProblemAsync("weight");
        await pointsAfterWork.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Reflection on week 1", (await CoursesApi.JsonAsync(titleAfterWork)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
    }

    [Fact]
    public async Task The_edit_page_shows_the_current_settings_saves_a_new_due_date_and_explains_why_the_rubric_is_fixed()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var assignment = await scenario.CreateRubricAssignmentAsync(blind: false);
        var id = assignment.GetProperty("id").GetGuid();
        var instructor = await factory.CreateCookieClientForAsync("instructor@demo.local");
        var url = $"/manage/assessments/{id}/edit";

        var page = await instructor.GetStringAsync(url);
        var token = await AccountPagesTests.AntiforgeryTokenAsync(instructor, url);
        Dictionary<string, string> Fields(string rubric) => new()
        {
            ["Input.Title"] = "Critical appraisal", ["Input.Weight"] = "2", ["Input.PassMarkPercent"] = "60", ["Input.Due"] = "2030-06-01T17:00",
            ["Input.LatePolicy"] = "Refuse", ["Input.AcceptsText"] = "true", ["Input.AcceptsFile"] = "true", ["Input.AllowedFileExtensions"] = ".pdf, .txt",
            ["Input.MaxFileKilobytes"] = "1", ["Input.MaxAttempts"] = "1", ["Input.CountedAttempt"] = "Highest", ["Input.Feedback"] = "AfterAttempt",
            ["Input.MaxPoints"] = "10", ["Input.Rubric"] = rubric,
        };
        const string sameRubric = "Validation: Missing=0; Partial=3; Thorough=6\nBias: Missing=0; Named=2; Analysed=4";
        var saved = await instructor.PostAsync(url, AccountPagesTests.Form(token, Fields(sameRubric)));
        var (_, participant) = await scenario.EnrolAsync();
        await participant.PostAsJsonAsync($"/api/assessment/assessments/{id}/submissions", new { text = "Done" });
        var refused = await instructor.PostAsync(url, AccountPagesTests.Form(token, Fields("Validation: Missing=0; Thorough=10")));

        Assert.Contains("Validation: Missing=0; Partial=3; Thorough=6", page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync($"/api/assessment/assessments/{id}"));
        Assert.Equal("Critical appraisal", after.GetProperty("title").GetString());
        Assert.Equal(new DateTime(2030, 6, 1, 15, 0, 0, DateTimeKind.Utc), after.GetProperty("dueAtUtc").GetDateTime().ToUniversalTime());
        Assert.Equal(2, after.GetProperty("rubric").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("can no longer change", await refused.Content.ReadAsStringAsync());
    }
}
