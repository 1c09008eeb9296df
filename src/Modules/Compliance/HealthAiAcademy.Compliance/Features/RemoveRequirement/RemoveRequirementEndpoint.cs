using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.RemoveRequirement;

internal static class RemoveRequirementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/requirements/{requirementId:guid}", async (Guid requirementId, RemoveRequirementHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(requirementId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Administrators).WithName("RemoveRequirement")
            .WithSummary("Removes a requirement; nobody is asked for it any more (the audit trail keeps what it was).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
