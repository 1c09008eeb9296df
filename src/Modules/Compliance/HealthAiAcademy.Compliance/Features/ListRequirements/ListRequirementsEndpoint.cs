using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ListRequirements;

internal static class ListRequirementsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/requirements", async (ListRequirementsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("ListRequirements")
            .WithSummary("Every training requirement, literacy and per system, with the functions, units and courses it names.")
            .Produces<IReadOnlyList<RequirementView>>().ProducesProblem(StatusCodes.Status403Forbidden);
}
