using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.SetCpdCycle;

internal static class SetCpdCycleEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me/cpd-cycle", async (SetCpdCycleRequest request, SetCpdCycleHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(startsOn => TypedResults.Ok(new { startsOn })))
            .RequireAuthorization(Policies.SignedIn).WithName("SetCpdCycle")
            .WithSummary("Sets the first day of the signed-in person's current re-registration cycle.")
            .Produces(StatusCodes.Status200OK).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
}
