using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.ExportForRegistry;

internal static class ExportForRegistryEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/registry-exports",
                async (Guid offeringId, ExportForRegistryRequest request, ExportForRegistryHandler handler, CancellationToken cancellationToken) =>
                    (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(export => TypedResults.Created(export.FileUrl, export)))
            .RequireAuthorization(Policies.Coordinators).WithName("ExportForRegistry")
            .WithSummary("Records a presence list for one registry (only people not reported before, unless onlyNew is false); 201 with the file's address.")
            .Produces<RegistryExportView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
