using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ListEquivalents;

internal static class ListEquivalentsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/equivalents", async (EquivalentStatus? status, ListEquivalentsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(status, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("ListEquivalents")
            .WithSummary("Training followed elsewhere that people offered for their requirements: waiting ones oldest first, then the last 100 decided (or only one status).")
            .Produces<IReadOnlyList<EquivalentView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
