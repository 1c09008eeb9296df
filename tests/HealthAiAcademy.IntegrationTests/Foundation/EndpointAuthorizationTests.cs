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
