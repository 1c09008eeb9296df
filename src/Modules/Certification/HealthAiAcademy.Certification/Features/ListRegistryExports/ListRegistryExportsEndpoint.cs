using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.ListRegistryExports;

internal static class ListRegistryExportsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/registry-exports", async (Guid offeringId, ListRegistryExportsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("RegistryExports")
            .WithSummary("Per registry the course is accredited by: who earned its points, who is new since the last export, and the exports so far.")
            .Produces<RegistryExportsOverview>().ProducesProblem(StatusCodes.Status404NotFound);
}
