using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace HealthAiAcademy.Certification.Features.DownloadCertificate;

internal static class DownloadCertificateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/certificates/{certificateId:guid}/pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid certificateId, DownloadCertificateHandler handler, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (await handler.HandleAsync(certificateId, cancellationToken) is not { } pdf)
                {
                    return Problems.NotFound("The certificate");
                }

                http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
                return TypedResults.File(pdf.Pdf, "application/pdf", $"certificate-{pdf.Number}.pdf");
            })
            .RequireAuthorization(Policies.SignedIn).WithName("CertificatePdf")
            .WithSummary("The stored PDF (byte-identical on every download) for its holder, coordinators and administrators.")
            .ProducesFile("application/pdf");
}
