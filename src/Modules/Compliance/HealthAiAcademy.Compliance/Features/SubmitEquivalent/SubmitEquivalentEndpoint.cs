using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.SubmitEquivalent;

internal static class SubmitEquivalentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/equivalents", async (SubmitEquivalentRequest request, SubmitEquivalentHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(id => TypedResults.Created($"/api/compliance/equivalents/{id}/evidence", new { id })))
            .RequireAuthorization(Policies.SignedIn).WithName("SubmitEquivalent")
            .WithSummary("Offers training followed elsewhere, with evidence (PDF, PNG, JPEG; 5 MB, base64), for one of the signed-in person's requirements; a coordinator decides.")
            .Produces(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
}
