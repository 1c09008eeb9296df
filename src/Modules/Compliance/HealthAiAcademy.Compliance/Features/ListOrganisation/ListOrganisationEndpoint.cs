using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ListOrganisation;

internal static class ListOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisation", async (ListOrganisationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("ListOrganisation")
            .WithSummary("The hospital's divisions, departments and units in tree order, and its functions, each with how many people it has now.")
            .Produces<OrganisationView>().ProducesProblem(StatusCodes.Status403Forbidden);
}
