using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.RemoveCpdActivity;

internal static class RemoveCpdActivityEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/cpd-activities/{activityId:guid}", async (Guid activityId, RemoveCpdActivityHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(activityId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.SignedIn).WithName("RemoveCpdActivity")
            .WithSummary("Removes an activity the signed-in person added, with its evidence.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
}
