using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.UnassignOverseer;

internal static class UnassignOverseerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/systems/{systemId:guid}/overseers/{userId:guid}", async (Guid systemId, Guid userId, UnassignOverseerHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(systemId, userId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Administrators).WithName("UnassignOverseer")
            .WithSummary("Ends the person's assignment to oversee the system.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
