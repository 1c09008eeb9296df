using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ListApiClients;

internal static class ListApiClientsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/api-clients", async (ListApiClientsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("ListApiClients")
            .WithSummary("The hospital systems with an API key: the key's public prefix, webhook, when issued or revoked, and their calls in the last 30 days.")
            .Produces<IReadOnlyList<ApiClientView>>().ProducesProblem(StatusCodes.Status403Forbidden);
}
