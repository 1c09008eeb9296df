using System.Net;
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
}
