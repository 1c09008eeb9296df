using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ListHrImports;

internal static class ListHrImportsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisation/hr-imports", async (ListHrImportsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("ListHrImports")
            .WithSummary("The latest HR imports, newest first, each with what it changed and the lines that matched nobody.")
            .Produces<IReadOnlyList<HrImportView>>().ProducesProblem(StatusCodes.Status403Forbidden);
}
