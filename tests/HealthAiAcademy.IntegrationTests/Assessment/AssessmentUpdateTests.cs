using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Courses;
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
}
