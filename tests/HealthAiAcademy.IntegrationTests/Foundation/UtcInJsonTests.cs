using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Foundation;

public sealed class UtcInJsonTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Instants_read_back_from_the_database_carry_their_Z_and_a_client_that_posts_one_back_keeps_the_same_moment()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-02T09:00", durationMinutes = 60, topic = "Day 2" });

        var read = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{offeringId}"));
        var startsAt = read.GetProperty("startsAtUtc").GetString()!;
        var body = CoursesApi.Offering(Guid.Empty);
        body.Remove("courseId");
        body["startsAt"] = startsAt;
        var saved = await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}", body);
        var again = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{offeringId}"));

        Assert.Equal("2030-07-01T06:00:00Z", startsAt);
        Assert.EndsWith("Z", read.GetProperty("enrollmentOpensAtUtc").GetString());
        Assert.EndsWith("Z", read.GetProperty("sessions")[0].GetProperty("startsAtUtc").GetString());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(startsAt, again.GetProperty("startsAtUtc").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_instants_as_date_time_strings()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var offering = document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .First(s => s.Value.TryGetProperty("properties", out var p) && p.TryGetProperty("enrollmentOpensAtUtc", out _));

        var property = offering.Value.GetProperty("properties").GetProperty("enrollmentOpensAtUtc");

        Assert.Equal("date-time", property.GetProperty("format").GetString());
        Assert.Contains("string", property.GetProperty("type").ToString());
    }
}
