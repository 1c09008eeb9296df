using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

public sealed class InstructorGradesAssignmentTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task An_instructor_grades_from_the_queue_with_the_rubric_and_releases_then_the_participant_sees_grade_and_feedback()
    {
        var (offeringId, assignmentId) = await AssignmentAsync();
        var participant = await host.NewPageAsync();
        var instructor = await host.NewPageAsync();
        try
        {
            await BrowserHost.SignInAsync(participant, "participant@demo.local");
            await participant.GotoAsync($"/learning/offerings/{offeringId}/assessments");
            await BrowserHost.AssertAccessibleAsync(participant);
            await participant.GetByRole(AriaRole.Link, new() { Name = "Hand in Appraise a sepsis model" }).ClickAsync();
            await participant.GetByLabel("Your answer").FillAsync("The model lacks external validation and its labels leak the outcome.");
            await participant.GetByRole(AriaRole.Button, new() { Name = "Hand in" }).ClickAsync();
            await participant.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your work is handed in." }).WaitForAsync();

            await BrowserHost.SignInAsync(instructor, "instructor@demo.local");
            await instructor.GetByRole(AriaRole.Link, new() { Name = "Grading", Exact = true }).ClickAsync();
            var row = instructor.Locator("[data-testid=grading-queue] tbody tr").Filter(new() { HasText = "Appraise a sepsis model" });
            Assert.StartsWith("Candidate ", await row.Locator("td").First.InnerTextAsync());
            await BrowserHost.AssertAccessibleAsync(instructor);
            await row.GetByRole(AriaRole.Link).Filter(new() { HasText = "Grade" }).ClickAsync();
            Assert.Contains("external validation", await instructor.Locator("[data-testid=submission-text]").InnerTextAsync());
            await BrowserHost.AssertAccessibleAsync(instructor);
            await instructor.GetByRole(AriaRole.Group, new() { Name = "Validation" }).GetByLabel("Thorough (6 points)").CheckAsync();
            await instructor.GetByRole(AriaRole.Group, new() { Name = "Bias" }).GetByLabel("Named (2 points)").CheckAsync();
            await instructor.GetByLabel("Feedback to the participant").FillAsync("Strong on validation; say more about label leakage.");
            await instructor.GetByRole(AriaRole.Button, new() { Name = "Save the grade" }).ClickAsync();
            await instructor.GetByRole(AriaRole.Status).Filter(new() { HasText = "saved as a draft" }).WaitForAsync();

            await participant.ReloadAsync();
            Assert.Equal(0, await participant.Locator("[data-testid=grade]").CountAsync());

            await instructor.GetByRole(AriaRole.Button, new() { Name = "Release all graded work for Appraise a sepsis model" }).ClickAsync();
            await instructor.GetByRole(AriaRole.Status).Filter(new() { HasText = "1 grade(s) released" }).WaitForAsync();
            Assert.Contains("Şahin", await instructor.Locator("h1").InnerTextAsync());

            await participant.ReloadAsync();
            var grade = await participant.Locator("[data-testid=grade]").InnerTextAsync();
            Assert.Contains("80%", grade);
            Assert.Contains("passed", grade);
            Assert.Contains("Thorough", grade);
            Assert.Equal("Strong on validation; say more about label leakage.", (await participant.Locator("[data-testid=feedback]").InnerTextAsync()).Trim());
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (participant, "grading-participant"), (instructor, "grading-instructor"));
        }
    }

    private async Task<(Guid OfferingId, Guid AssignmentId)> AssignmentAsync()
    {
        var coordinator = await host.Factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await host.Factory.CreateClientForAsync("instructor@demo.local");
        var participant = await host.Factory.CreateClientForAsync("participant@demo.local");
        var instructorId = (await BrowserHost.JsonAsync(await instructor.GetAsync("/api/auth/me"))).GetProperty("id").GetGuid();
        var courseId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "APPRAISE1", title = "Appraising clinical AI", summary = "Read a prediction model paper critically.", language = "en", studyLoadHours = 8,
            instructorIds = new[] { instructorId },
        }))).GetProperty("id").GetGuid();
        var offeringId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/offerings", new
        {
            courseId, kind = "ClinicianCourse", cohortLabel = "2030", startsAt = "2030-03-01T13:00", endsAt = "2030-03-01T17:00",
            enrollmentOpensAt = "2020-01-01T00:00", enrollmentClosesAt = "2030-02-01T00:00", capacity = 20, enrollmentPolicy = "Open", delivery = "Online", onlineLink = "https://meet.example/appraise",
        }))).GetProperty("id").GetGuid();
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        (await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { })).EnsureSuccessStatusCode();
        var assignment = await BrowserHost.JsonAsync(await instructor.PostAsJsonAsync($"/api/assessment/offerings/{offeringId}/assessments", new
        {
            title = "Appraise a sepsis model", kind = "Assignment", passMarkPercent = 60, blindMarking = true,
            rubric = new[]
            {
                new { title = "Validation", levels = new[] { new { label = "Missing", points = 0.0 }, new { label = "Partial", points = 3.0 }, new { label = "Thorough", points = 6.0 } } },
                new { title = "Bias", levels = new[] { new { label = "Missing", points = 0.0 }, new { label = "Named", points = 2.0 }, new { label = "Analysed", points = 4.0 } } },
            },
        }));
        return (offeringId, assignment.GetProperty("id").GetGuid());
    }
}
