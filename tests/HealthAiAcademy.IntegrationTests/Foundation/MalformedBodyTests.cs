using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Foundation;

public sealed class MalformedBodyTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Theory]
    [InlineData("/api/courses/courses", """{ "code": "X1", "studyLoadHours": "forty" }""", "studyLoadHours")]
    [InlineData("/api/courses/courses", """{ "code": "X1", "accreditations": [ { "points": "many" } ] }""", "accreditations[0].points")]
    [InlineData("/api/courses/offerings", """{ "capacity": true }""", "capacity")]
    [InlineData("/api/courses/offerings", """{ "capacity": 12, """, "body")]
    [InlineData("/api/courses/courses", """{ "code": "X1", "accreditations": [ null ] }""", "accreditations[0]")]
    [InlineData("/api/courses/courses", """{ "code": "X1", "topics": [ null ], "learningObjectives": [ null ], "audiences": [ null ] }""", "topics")]
    public async Task A_body_of_the_wrong_shape_is_a_400_naming_the_field_not_a_parameter_error(string url, string body, string field)
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        var response = await coordinator.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.AssertValidationProblemAsync(field);
        Assert.DoesNotContain("Failed to read parameter", problem.ToString());
    }

    [Fact]
    public async Task A_body_larger_than_its_operation_takes_is_a_413_and_uploads_take_more()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var participant = factory.CreateClientForUser(Guid.NewGuid());
        var huge = $$"""{ "code": "BIG-1", "title": "Big", "description": "{{new string('x', 300 * 1024)}}" }""";

        var tooLarge = await coordinator.PostAsync("/api/courses/courses", new StringContent(huge, Encoding.UTF8, "application/json"));
        var upload = await participant.PostAsJsonAsync($"/api/assessment/assessments/{Guid.NewGuid()}/submissions",
            new { text = "My analysis", file = new { fileName = "analysis.pdf", content = Convert.ToBase64String(new byte[2 * 1024 * 1024]) } });

        var problem = await tooLarge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("256 KB", problem.GetProperty("detail").GetString());
        await upload.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task On_Kestrel_a_large_body_that_does_not_announce_its_length_is_refused_too_not_a_500()
    {
        await using var host = AcademyFactory.Create(null, null);
        host.UseKestrel(0);
        host.StartServer();
        using var client = new HttpClient { BaseAddress = host.ServerAddress };
        var token = (await (await client.PostAsJsonAsync("/api/auth/login", new { email = "coordinator@demo.local", password = AcademyFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>())!.AccessToken;
        var body = Encoding.UTF8.GetBytes($$"""{ "code": "BIG-2", "description": "{{new string('x', 600 * 1024)}}" }""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/courses/courses")
        {
            Content = new StreamContent(new MemoryStream(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_list_longer_than_any_cohort_is_a_field_error()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var records = Enumerable.Range(0, 2_501).Select(_ => new { enrollmentId = Guid.NewGuid(), status = "Present" });

        var response = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{Guid.NewGuid()}/attendance", new { records });

        var problem = await response.AssertValidationProblemAsync("records");
        Assert.Contains("2500", problem.GetProperty("errors").GetProperty("records")[0].GetString());
    }
}
