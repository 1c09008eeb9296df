using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.GetAiSystem;

internal static class GetAiSystemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/systems/{systemId:guid}", async (Guid systemId, GetAiSystemHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(systemId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("GetAiSystem")
            .WithSummary("A register entry with its requirements, and who may operate and oversee the system today, until when, and what the others miss.")
            .Produces<AiSystemView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
