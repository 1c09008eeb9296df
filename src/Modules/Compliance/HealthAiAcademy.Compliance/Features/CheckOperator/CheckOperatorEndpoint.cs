using System.Security.Claims;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.CheckOperator;

internal static class CheckOperatorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/systems/{systemId:guid}/operators/{personRef}", async (Guid systemId, string personRef, ClaimsPrincipal client, CheckOperatorHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(Guid.Parse(client.FindFirstValue(ApiKeyAuthenticationHandler.ClientClaim)!), systemId, personRef, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(ApiKeyAuthenticationHandler.Policy).RequireRateLimiting(RateLimitPolicies.StatusApi).WithName("CheckOperator")
            .WithSummary("For hospital systems (header X-Api-Key): may this person (email or staff number) operate, and oversee, this AI system today, until when, and if not, what they miss. Every call is logged.")
            .Produces<OperatorStatus>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
