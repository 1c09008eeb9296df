using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Identity;

public sealed class AdminCommandTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Create_admin_creates_an_administrator_from_the_environment_password_once()
    {
        Environment.SetEnvironmentVariable("ACADEMY_ADMIN_PASSWORD", "Board-Password-2026");
        try
        {
            var created = await AdminCommand.RunAsync(factory.Services, ["create-admin", "head.of.education@hospital.example", "Hanna Hoofd"]);
            var again = await AdminCommand.RunAsync(factory.Services, ["create-admin", "head.of.education@hospital.example", "Hanna Hoofd"]);
            var missingArguments = await AdminCommand.RunAsync(factory.Services, ["create-admin"]);

            var client = factory.CreateClient();
            var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "head.of.education@hospital.example", password = "Board-Password-2026" });
            var token = await login.Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token!.AccessToken);
            var profile = JsonDocument.Parse(await client.GetStringAsync("/api/auth/me")).RootElement;

            Assert.Equal((0, 1, 2), (created, again, missingArguments));
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.Equal(["Administrator"], profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ACADEMY_ADMIN_PASSWORD", null);
        }
    }
}
