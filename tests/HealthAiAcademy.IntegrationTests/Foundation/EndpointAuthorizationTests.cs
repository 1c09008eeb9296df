using System.Net;
using HealthAiAcademy.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Foundation;

public sealed class EndpointAuthorizationTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public void Every_endpoint_states_who_may_call_it()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var unstated = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(endpoints.Count > 20, "the endpoint list should include pages and API endpoints");
        Assert.Empty(unstated);
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_administrators_only()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");
        var admin = await factory.CreateCookieClientForAsync("admin@demo.local");

        var anonymousResponse = await anonymous.GetAsync("/hangfire");
        var participantResponse = await participant.GetAsync("/hangfire");
        var adminResponse = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.StartsWith("/account/login", anonymousResponse.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, participantResponse.StatusCode);
        Assert.StartsWith("/account/access-denied", participantResponse.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.Contains("Health AI Academy jobs", await adminResponse.Content.ReadAsStringAsync());
    }

    /// <summary>Issue 18, item 6: the dashboard's buttons (trigger, requeue, delete) need the page's anti-forgery token.</summary>
    [Fact]
    public async Task The_jobs_dashboard_acts_only_on_a_request_carrying_its_anti_forgery_token_and_never_for_coordinators()
    {
        var admin = await factory.CreateCookieClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var page = await admin.GetStringAsync("/hangfire/recurring");
        var token = System.Text.RegularExpressions.Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        HttpRequestMessage Trigger(string? withToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
            {
                Content = new FormUrlEncodedContent([KeyValuePair.Create("jobs[]", "privacy-retention")]),
            };
            if (withToken is not null)
            {
                request.Headers.Add("RequestVerificationToken", withToken);
            }

            return request;
        }

        var withoutToken = await admin.SendAsync(Trigger(null));
        var forgedToken = await admin.SendAsync(Trigger("CfDJ8forged"));
        var byCoordinator = await coordinator.SendAsync(Trigger(token));
        var withToken = await admin.SendAsync(Trigger(token));

        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgedToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byCoordinator.StatusCode);
        Assert.Contains("/account/access-denied", byCoordinator.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(withToken.IsSuccessStatusCode, $"{withToken.StatusCode}");
    }

    /// <summary>Issue 18, item 6: outside Development the API's map is for signed-in staff unless configured otherwise.</summary>
    [Fact]
    public async Task Outside_development_the_api_document_and_reference_are_for_signed_in_staff_unless_configured()
    {
        var pfx = await AcademyFactory.KeyCertificateAsync();
        var production = new Dictionary<string, string?>
        {
            [AcademyFactory.EnvironmentSetting] = "Production", ["PublicBaseUrl"] = "https://academy.example-hospital.nl",
            ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "Key-Pass-2026",
        };
        await using var host = AcademyFactory.Create(Path.GetDirectoryName(pfx), production);
        await using var closed = AcademyFactory.Create(null, new Dictionary<string, string?>(production) { ["ApiReference:Audience"] = "None" });

        HttpClient As(AcademyFactory on, string? role)
        {
            var client = on.CreateClient(new() { AllowAutoRedirect = false });
            if (role is not null)
            {
                client.DefaultRequestHeaders.Authorization = new("Bearer", on.BearerTokenFor(Guid.NewGuid(), role));
            }

            return client;
        }

        var anonymous = await As(host, null).GetAsync("/openapi/v1.json");
        var participant = await As(host, HealthAiAcademy.BuildingBlocks.Authorization.Roles.Participant).GetAsync("/openapi/v1.json");
        var instructor = await As(host, HealthAiAcademy.BuildingBlocks.Authorization.Roles.Instructor).GetAsync("/openapi/v1.json");
        var reference = await As(host, HealthAiAcademy.BuildingBlocks.Authorization.Roles.Instructor).GetAsync("/scalar/");
        var anonymousReference = await As(host, null).GetAsync("/scalar/");
        var notServed = await As(closed, HealthAiAcademy.BuildingBlocks.Authorization.Roles.Instructor).GetAsync("/openapi/v1.json");
        var inDevelopment = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousReference.StatusCode);
        Assert.Contains("/account/login", anonymousReference.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(participant.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.DoesNotContain("\"openapi\"", await participant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, instructor.StatusCode);
        Assert.Contains("\"openapi\"", await instructor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(reference.IsSuccessStatusCode, $"{reference.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, notServed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inDevelopment.StatusCode);
    }

    [Fact]
    public async Task A_page_for_signed_in_users_sends_visitors_to_sign_in()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Publishing_needs_a_coordinator()
    {
        var url = $"/api/courses/offerings/{Guid.NewGuid()}/publish";

        var anonymous = await factory.CreateClient().PostAsync(url, null);
        var participant = await (await factory.CreateClientForAsync("participant@demo.local")).PostAsync(url, null);
        var instructor = await (await factory.CreateClientForAsync("instructor@demo.local")).PostAsync(url, null);
        var coordinator = await (await factory.CreateClientForAsync("coordinator@demo.local")).PostAsync(url, null);

        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await participant.AssertProblemAsync(HttpStatusCode.Forbidden);
        await instructor.AssertProblemAsync(HttpStatusCode.Forbidden);
        await coordinator.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
