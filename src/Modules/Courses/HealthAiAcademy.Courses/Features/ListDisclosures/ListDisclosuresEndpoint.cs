using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ListDisclosures;

internal static class ListDisclosuresEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/disclosures", async (Guid offeringId, ListDisclosuresHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("OfferingDisclosures")
            .WithSummary("Each instructor of the run and their declaration of financial relationships, or that it is missing.")
            .Produces<OfferingDisclosures>().ProducesProblem(StatusCodes.Status404NotFound);
}
