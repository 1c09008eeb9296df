using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Identity;

/// <summary>
/// Where addresses must be confirmed (the default outside Development), nobody learns from the answers which addresses
/// have accounts: register, sign-in and forgot-password answer the same for both (issue 12, item 3).
/// </summary>
public sealed class EnumerationTests : IAsyncLifetime
{
    private const string Password = "Enumerate-Pass-2026";
    private readonly AcademyFactory factory = AcademyFactory.Create(null, new Dictionary<string, string?> { ["Accounts:RequireConfirmedEmail"] = "true" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Register_sign_in_and_forgot_password_answer_the_same_for_known_and_unknown_addresses()
    {
        var client = factory.CreateClient();
        var fresh = $"{Guid.NewGuid():N}@umc.example";

        var registerKnown = await client.PostAsJsonAsync("/api/auth/register", new { email = "nurse@demo.local", password = Password, fullName = "Someone Else" });
        var registerNew = await client.PostAsJsonAsync("/api/auth/register", new { email = fresh, password = Password, fullName = "Someone New" });
        var signInKnown = await client.PostAsJsonAsync("/api/auth/login", new { email = "nurse@demo.local", password = "Wrong-Password-1" });
        var signInUnknown = await client.PostAsJsonAsync("/api/auth/login", new { email = $"{Guid.NewGuid():N}@umc.example", password = "Wrong-Password-1" });
        var forgotKnown = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = "nurse@demo.local" });
        var forgotUnknown = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = $"{Guid.NewGuid():N}@umc.example" });

        Assert.Equal(HttpStatusCode.Accepted, registerKnown.StatusCode);
        Assert.Equal(await registerKnown.Content.ReadAsStringAsync(), await registerNew.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, signInKnown.StatusCode);
        Assert.Equal(await WithoutTraceAsync(signInKnown), await WithoutTraceAsync(signInUnknown));
        Assert.Equal(HttpStatusCode.Accepted, forgotKnown.StatusCode);
        Assert.Equal(forgotKnown.StatusCode, forgotUnknown.StatusCode);
        Assert.Equal(await forgotKnown.Content.ReadAsStringAsync(), await forgotUnknown.Content.ReadAsStringAsync());

        // The owner of the known address hears of it; the new address gets its confirmation link.
        Assert.NotNull(factory.LinkInMail("nurse@demo.local", "/account/reset-password"));
        Assert.NotNull(factory.LinkInMail(fresh, "/account/confirm-email"));
    }

    /// <summary>The body, without the trace id that differs per request by design.</summary>
    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response) =>
        System.Text.RegularExpressions.Regex.Replace(await response.Content.ReadAsStringAsync(), "\"traceId\":\"[^\"]*\"", string.Empty);

    [Fact]
    public async Task A_new_account_signs_in_only_after_confirming_its_address()
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = "Nieuwe Collega" });

        var before = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        var link = factory.LinkInMail(email, "/account/confirm-email");
        var confirmed = await client.GetStringAsync(link);
        var after = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });

        var problem = await before.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Confirm your email", problem.GetProperty("detail").GetString());
        Assert.Contains("your address is confirmed", confirmed);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
