using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Identity;

public sealed class AuthApiTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string GoodPassword = "Clinician-Pass-1";

    [Fact]
    public async Task Register_creates_a_participant_who_gets_a_bearer_token_that_the_api_accepts()
    {
        var client = factory.CreateClient();
        var email = $"{Guid.NewGuid():N}@hospital.example";

        var registered = await client.PostAsJsonAsync("/api/auth/register",
            new { email, password = GoodPassword, fullName = "Łukasz Şahin-de Vries", profession = "Cardiologist", registrationNumber = "19012345601" });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = GoodPassword });
        var token = await login.Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        var profile = await client.SendAsync(me);

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("Bearer", token.TokenType);
        var json = JsonDocument.Parse(await profile.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Łukasz Şahin-de Vries", json.GetProperty("fullName").GetString());
        Assert.Equal("19012345601", json.GetProperty("registrationNumber").GetString());
        Assert.Equal(["Participant"], json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_cookie_sign_in_also_works_on_the_api()
    {
        var client = factory.CreateClient(new() { HandleCookies = true });

        var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "participant@demo.local", password = AcademyFactory.DemoPassword });
        var profile = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task The_api_answers_401_problem_without_credentials_instead_of_redirecting()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/auth/me");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{}", new[] { "email", "password", "fullName" })]
    [InlineData("{\"email\":\"a@b.example\",\"password\":\"short\",\"fullName\":\"A B\"}", new[] { "password" })]
    [InlineData("{\"email\":\"not-an-email\",\"password\":\"Clinician-Pass-1\",\"fullName\":\"A B\"}", new[] { "email" })]
    [InlineData("{\"email\":\"a@b.example\",\"password\":\"Clinician-Pass-1\",\"fullName\":\"   \"}", new[] { "fullName" })]
    public async Task Register_with_bad_fields_gets_400_naming_them(string body, string[] fields)
    {
        var response = await factory.CreateClient().PostAsync("/api/auth/register", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertValidationProblemAsync(fields);
    }

    [Theory]
    [InlineData("/api/auth/register", "{ not json")]
    [InlineData("/api/auth/login", "{\"email\": 42")]
    [InlineData("/api/auth/login", "")]
    [InlineData("/api/auth/register", "null")]
    public async Task Malformed_bodies_get_400_problem_details_never_500(string url, string body)
    {
        var response = await factory.CreateClient().PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_of_the_wrong_media_type_gets_a_4xx_problem()
    {
        var response = await factory.CreateClient().PostAsync("/api/auth/login", new StringContent("email=x", Encoding.UTF8, "text/plain"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Registering_an_email_twice_gets_400_on_email()
    {
        var client = factory.CreateClient();
        var request = new { email = $"{Guid.NewGuid():N}@hospital.example", password = GoodPassword, fullName = "Twice" };

        await client.PostAsJsonAsync("/api/auth/register", request);
        var second = await client.PostAsJsonAsync("/api/auth/register", request);

        await second.AssertValidationProblemAsync("email");
    }

    [Fact]
    public async Task Login_with_missing_fields_is_400_and_with_a_wrong_password_is_401()
    {
        var client = factory.CreateClient();

        var missing = await client.PostAsJsonAsync("/api/auth/login", new { email = "" });
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = "participant@demo.local", password = "wrong-password" });

        await missing.AssertValidationProblemAsync("email", "password");
        await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_and_a_forged_one_is_refused()
    {
        var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "instructor@demo.local", password = AcademyFactory.DemoPassword });
        var token = await login.Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>();

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token!.RefreshToken });
        var forged = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "forged" });

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await refreshed.Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>())!.AccessToken));
        await forged.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_user_edits_the_name_printed_on_certificates_and_bad_edits_are_refused()
    {
        var client = factory.CreateClient();
        var email = $"{Guid.NewGuid():N}@hospital.example";
        await client.PostAsJsonAsync("/api/auth/register", new { email, password = GoodPassword, fullName = "Typo Nmae" });
        var signedIn = await factory.CreateClientForAsync(email, GoodPassword);

        var updated = await signedIn.PutAsJsonAsync("/api/auth/me", new { fullName = "Typo Name", profession = "Nurse", studentNumber = "s1234567" });
        var invalid = await signedIn.PutAsJsonAsync("/api/auth/me", new { fullName = "" });
        var profile = JsonDocument.Parse(await signedIn.GetStringAsync("/api/auth/me")).RootElement;

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await invalid.AssertValidationProblemAsync("fullName");
        Assert.Equal("Typo Name", profile.GetProperty("fullName").GetString());
        Assert.Equal("s1234567", profile.GetProperty("studentNumber").GetString());
    }
}
