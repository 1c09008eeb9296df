using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ListAiSystems;

internal static class ListAiSystemsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/systems", async (ListAiSystemsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("ListAiSystems")
            .WithSummary("The AI-system register: every system with its risk class, status, the units using it and how many of its users may operate it today.")
            .Produces<IReadOnlyList<AiSystemSummary>>().ProducesProblem(StatusCodes.Status403Forbidden);
}
