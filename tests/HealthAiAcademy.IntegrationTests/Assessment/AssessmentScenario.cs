using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Assessment;

/// <summary>A published open offering taught by one instructor, set up through the API, with helpers to enrol participants and add assessments.</summary>
internal sealed class AssessmentScenario
{
    private readonly AcademyFactory factory;

    private AssessmentScenario(AcademyFactory factory, HttpClient coordinator, Guid offeringId, HttpClient instructor)
    {
        this.factory = factory;
        Coordinator = coordinator;
        OfferingId = offeringId;
        Instructor = instructor;
    }

    public HttpClient Coordinator { get; }

    public HttpClient Instructor { get; }

    public Guid OfferingId { get; }

    /// <summary>The demo instructor teaches the course; instructors are checked against real accounts.</summary>
    public static async Task<AssessmentScenario> CreateAsync(AcademyFactory factory)
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        var instructorId = await CoursesApi.UserIdAsync(instructor);
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator, [instructorId]), body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["capacity"] = 500;
        });
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        return new AssessmentScenario(factory, coordinator, offeringId, instructor);
    }

    public async Task<(Guid UserId, HttpClient Client)> EnrolAsync()
    {
        var userId = Guid.NewGuid();
        var client = factory.CreateClientForUser(userId);
        await EnrolAsync(client);
        return (userId, client);
    }

    public async Task EnrolAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync($"/api/enrollment/offerings/{OfferingId}/enrollments", new { });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<Guid> AddQuestionAsync(object question)
    {
        var response = await Instructor.PostAsJsonAsync($"/api/assessment/offerings/{OfferingId}/questions", question);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> CreateAssessmentAsync(object assessment)
    {
        var response = await Instructor.PostAsJsonAsync($"/api/assessment/offerings/{OfferingId}/assessments", assessment);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await CoursesApi.JsonAsync(response);
    }

    /// <summary>An assignment with a two-criterion rubric worth 10 points, pass mark 60 %.</summary>
    public Task<JsonElement> CreateRubricAssignmentAsync(bool blind = true, object? extra = null) => CreateAssessmentAsync(new
    {
        title = "Critical appraisal of a sepsis prediction model",
        kind = "Assignment",
        weight = 2,
        passMarkPercent = 60,
        acceptsText = true,
        acceptsFile = true,
        maxFileKilobytes = 1,
        allowedFileExtensions = new[] { ".pdf", ".txt" },
        blindMarking = blind,
        rubric = new[]
        {
            new { title = "Validation", description = "External validation discussed", levels = new[] { new { label = "Missing", points = 0.0 }, new { label = "Partial", points = 3.0 }, new { label = "Thorough", points = 6.0 } } },
            new { title = "Bias", description = "Sources of bias", levels = new[] { new { label = "Missing", points = 0.0 }, new { label = "Named", points = 2.0 }, new { label = "Analysed", points = 4.0 } } },
        },
    });

    public static Guid CriterionId(JsonElement assessment, int index) => assessment.GetProperty("rubric")[index].GetProperty("id").GetGuid();
}
