using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.RevokeApiClient;

internal static class RevokeApiClientEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/api-clients/{clientId:guid}", async (Guid clientId, RevokeApiClientHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(clientId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Administrators).WithName("RevokeApiClient")
            .WithSummary("Revokes a hospital system's API key: it is refused from the next call on, and its webhook gets nothing more.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
