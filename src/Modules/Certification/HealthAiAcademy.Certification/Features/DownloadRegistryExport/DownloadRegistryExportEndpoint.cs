using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.DownloadRegistryExport;

internal static class DownloadRegistryExportEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/registry-exports/{exportId:guid}/file", async (Guid exportId, DownloadRegistryExportHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(exportId, cancellationToken)).ToResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .RequireAuthorization(Policies.Coordinators).WithName("RegistryExportFile")
            .WithSummary("The presence list of a recorded export, as CSV or XLSX in its registry's layout.")
            .ProducesFile(CsvDownloads.ContentType, RegistryExportFile.XlsxContentType).ProducesProblem(StatusCodes.Status404NotFound);
}
