using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.RegisterAiSystem;

internal static class RegisterAiSystemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/systems", async (AiSystemRequest request, RegisterAiSystemHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(id => TypedResults.Created($"/api/compliance/systems/{id}", new { id })))
            .RequireAuthorization(Policies.Administrators).WithName("RegisterAiSystem")
            .WithSummary("Adds an AI system the hospital deploys to the register: purpose, AI Act risk class, MDR/IVDR class, the units using it, owner, dates, status.")
            .Produces(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}
