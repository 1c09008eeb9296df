using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Antiforgery;

namespace HealthAiAcademy.Host.Identity.Features.IssueAntiforgeryToken;

internal sealed record AntiforgeryTokenResponse(string HeaderName, string Token);

internal static class IssueAntiforgeryTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.HeaderName!, tokens.RequestToken!));
            })
            .RequireAuthorization(Policies.SignedIn).WithName("IssueAntiforgeryToken")
            .WithSummary("The token a script signed in with the cookie sends in the named header on POST, PUT and DELETE calls; bearer-token clients need none.");
}
