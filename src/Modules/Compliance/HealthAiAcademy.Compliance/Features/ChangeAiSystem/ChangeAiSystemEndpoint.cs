using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ChangeAiSystem;

internal static class ChangeAiSystemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/systems/{systemId:guid}", async (Guid systemId, AiSystemRequest request, ChangeAiSystemHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(systemId, request, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Administrators).WithName("ChangeAiSystem")
            .WithSummary("Changes a register entry (a new version, another status, more units); the audit trail keeps what it was.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
