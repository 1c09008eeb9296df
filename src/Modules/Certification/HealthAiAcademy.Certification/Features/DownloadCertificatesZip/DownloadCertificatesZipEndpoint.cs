using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.DownloadCertificatesZip;

internal static class DownloadCertificatesZipEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/certificates.zip", async (Guid offeringId, CertificateZip zip, HttpContext http, CancellationToken cancellationToken) =>
            {
                http.Response.ContentType = "application/zip";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"certificates-{offeringId:N}.zip\"";
                await zip.WriteAsync(offeringId, http.Response.Body, cancellationToken);
            })
            .RequireAuthorization(Policies.Coordinators).WithName("CertificatesZip")
            .WithSummary("Every certificate of the offering as one ZIP of the stored PDFs.")
            .ProducesFile("application/zip");
}
