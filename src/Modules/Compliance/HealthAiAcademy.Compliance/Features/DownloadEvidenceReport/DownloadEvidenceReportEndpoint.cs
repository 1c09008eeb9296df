using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.DownloadEvidenceReport;

internal static class DownloadEvidenceReportEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        Map(api, "pdf", EvidenceReportFormat.Pdf, "application/pdf");
        Map(api, "csv", EvidenceReportFormat.Csv, CsvDownloads.ContentType);
    }

    private static void Map(IEndpointRouteBuilder api, string suffix, EvidenceReportFormat format, string contentType) =>
        api.MapGet($"/evidence-reports/{{reportId:guid}}/{suffix}", async (Guid reportId, HttpResponse response, DownloadEvidenceReportHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(reportId, format, cancellationToken)).ToResult(file =>
                {
                    response.Headers["X-Content-SHA256"] = file.Sha256;
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                }))
            .RequireAuthorization(Policies.Coordinators).WithName($"DownloadEvidenceReport{format}")
            .WithSummary($"An issued evidence report's {suffix.ToUpperInvariant()}, byte for byte as issued; X-Content-SHA256 carries its SHA-256 as the register holds it.")
            .ProducesFile(contentType).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
