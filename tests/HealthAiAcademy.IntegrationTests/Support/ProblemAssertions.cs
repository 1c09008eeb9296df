using System.Net;
using System.Text.Json;

namespace HealthAiAcademy.Tests.Support;

public static class ProblemAssertions
{
    /// <summary>Asserts a ProblemDetails answer with the status and returns its JSON.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        return json;
    }

    /// <summary>Asserts a 400 ValidationProblem naming each of the fields.</summary>
    public static async Task<JsonElement> AssertValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var json = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = json.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"Expected an error for '{field}' in {errors}");
        }

        return json;
    }
}
