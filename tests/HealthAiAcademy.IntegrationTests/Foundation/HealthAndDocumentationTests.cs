using System.Net;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Foundation;

public sealed class HealthAndDocumentationTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Live_and_ready_answer_healthy_once_every_database_is_migrated()
    {
        var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        foreach (var database in new[] { "identity", "courses", "enrollment", "assessment", "certification" })
        {
            Assert.True(File.Exists(Path.Combine(factory.DataDirectory, database + ".db")), $"{database}.db should exist");
        }
    }

    [Fact]
    public async Task OpenApi_document_describes_the_module_endpoints()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/courses/offerings", document);
        Assert.Contains("/api/auth/login", document);
    }

    [Fact]
    public async Task Unknown_api_route_answers_problem_details()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
