using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ListEvidenceReports;

internal static class ListEvidenceReportsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/evidence-reports", async (string? sha256, ListEvidenceReportsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(sha256, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("ListEvidenceReports")
            .WithSummary("The register of issued AI-literacy evidence reports (the last 100); with sha256, only those whose CSV or PDF has that SHA-256: empty when none was issued with it.")
            .Produces<IReadOnlyList<EvidenceReportView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
