using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.DeclareDisclosure;

internal static class DeclareDisclosureEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/offerings/{offeringId:guid}/disclosures/{instructorId:guid}",
                async (Guid offeringId, Guid instructorId, DeclareDisclosureRequest request, DeclareDisclosureHandler handler, CancellationToken cancellationToken) =>
                    (await handler.HandleAsync(offeringId, instructorId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("DeclareDisclosure")
            .WithSummary("An instructor's declaration of financial relationships for this run (or nothing to disclose); coordinators may record one for an instructor.")
            .Produces<DisclosureView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
