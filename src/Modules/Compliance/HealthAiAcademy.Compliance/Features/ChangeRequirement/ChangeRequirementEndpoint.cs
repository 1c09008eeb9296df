using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ChangeRequirement;

internal static class ChangeRequirementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/requirements/{requirementId:guid}", async (Guid requirementId, RequirementRequest request, ChangeRequirementHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(requirementId, request, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Administrators).WithName("ChangeRequirement")
            .WithSummary("Changes a requirement's title, functions, units, courses or validity; its kind and system stay.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
