using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.AddCpdActivity;

internal static class AddCpdActivityEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/cpd-activities", async (AddCpdActivityRequest request, AddCpdActivityHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(id => TypedResults.Created($"/api/certification/me/cpd-activities/{id}", new { id })))
            .RequireAuthorization(Policies.SignedIn).WithName("AddCpdActivity")
            .WithSummary("Adds education followed elsewhere to the signed-in person's CPD dossier, with optional evidence (PDF, PNG, JPEG; 5 MB).")
            .Produces(StatusCodes.Status201Created).ProducesValidationProblem();
}
