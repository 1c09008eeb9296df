using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.AddRequirement;

internal static class AddRequirementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/requirements", async (RequirementRequest request, AddRequirementHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(id => TypedResults.Created($"/api/compliance/requirements#{id}", new { id })))
            .RequireAuthorization(Policies.Administrators).WithName("AddRequirement")
            .WithSummary("Sets a training requirement: general AI literacy for functions and/or units, or what a system's users or overseers must have completed; one of its courses, valid for N months.")
            .Produces(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
