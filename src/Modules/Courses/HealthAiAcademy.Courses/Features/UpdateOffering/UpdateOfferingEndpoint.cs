using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.UpdateOffering;

internal static class UpdateOfferingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/offerings/{offeringId:guid}", async (Guid offeringId, OfferingRequest request, UpdateOfferingHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("UpdateOffering")
            .WithSummary("Changes an offering (coordinators, or its own instructors). Capacity below the seats taken is a 409.")
            .Produces<ManagedOffering>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}
