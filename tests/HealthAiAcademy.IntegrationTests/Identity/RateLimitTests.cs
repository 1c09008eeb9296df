using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Identity;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly AcademyFactory factory = AcademyFactory.Create(null, new Dictionary<string, string?> { ["RateLimiting:SignInPerMinute"] = "3" });

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "participant@demo.local", password = "wrong-password" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
