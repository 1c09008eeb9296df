using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Manage;
using HealthAiAcademy.Certification.Features.MyCertificates;
using HealthAiAcademy.Certification.Features.Verify;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace HealthAiAcademy.Certification.Features;

internal static class CertificationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/certificates", async (MyCertificatesQuery mine, CancellationToken cancellationToken) => TypedResults.Ok(await mine.ListAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyCertificates");

        api.MapGet("/me/cpd", async (MyCertificatesQuery mine, CancellationToken cancellationToken) => TypedResults.Ok(await mine.CpdSummaryAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyCpdSummary")
            .WithSummary("Accreditation points per registry per year, from valid certificates.");

        api.MapGet("/certificates/{certificateId:guid}/pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid certificateId, CertificateCommands commands, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (await commands.PdfAsync(certificateId, cancellationToken) is not { } pdf)
                {
                    return Problems.NotFound("The certificate");
                }

                http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
                return TypedResults.File(pdf.Pdf, "application/pdf", $"certificate-{pdf.Number}.pdf");
            })
            .RequireAuthorization(Policies.SignedIn).WithName("CertificatePdf")
            .WithSummary("The stored PDF (byte-identical on every download) for its holder, coordinators and administrators.");

        api.MapGet("/verify/{code}", async Task<Results<Ok<Verification>, ProblemHttpResult>> (string code, VerificationQuery verification, CancellationToken cancellationToken) =>
                await verification.FindAsync(code, cancellationToken) is { } found ? TypedResults.Ok(found) : Problems.NotFound("The certificate"))
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Verification).WithName("VerifyCertificate")
            .WithSummary("Public: status (Valid, Revoked, Expired, Superseded) and everything printed on the certificate.");

        api.MapPost("/certificates/{certificateId:guid}/revoke", async (Guid certificateId, RevokeRequest request, CertificateCommands commands, CancellationToken cancellationToken) =>
                (await commands.RevokeAsync(certificateId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("RevokeCertificate");

        api.MapPost("/certificates/{certificateId:guid}/reissue", async (Guid certificateId, CertificateCommands commands, CancellationToken cancellationToken) =>
                (await commands.ReissueAsync(certificateId, cancellationToken)).ToResult(view => TypedResults.Created($"/api/certification/certificates/{view.Id}/pdf", view)))
            .RequireAuthorization(Policies.Coordinators).WithName("ReissueCertificate")
            .WithSummary("A new certificate from the holder's current profile (e.g. a corrected name); the old one verifies as superseded.");

        api.MapGet("/offerings/{offeringId:guid}/certificates", async (Guid offeringId, CertificateCommands commands, CancellationToken cancellationToken) =>
                (await commands.ForOfferingAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("OfferingCertificates");

        api.MapPost("/offerings/{offeringId:guid}/bulk-issue", async (Guid offeringId, bool? regenerate, CertificateCommands commands, CancellationToken cancellationToken) =>
                (await commands.StartBulkIssueAsync(offeringId, regenerate ?? false, cancellationToken))
                    .ToResult(run => TypedResults.Accepted($"/api/certification/bulk-issue/{run.Id}", run)))
            .RequireAuthorization(Policies.Coordinators).WithName("BulkIssueCertificates")
            .WithSummary("Starts a background job issuing every missing certificate (?regenerate=true also renders existing ones again); 202 with the job id.");

        api.MapGet("/bulk-issue/{runId:guid}", async Task<Results<Ok<BulkRunView>, ProblemHttpResult>> (Guid runId, CertificateCommands commands, CancellationToken cancellationToken) =>
                await commands.ProgressAsync(runId, cancellationToken) is { } run ? TypedResults.Ok(run) : Problems.NotFound("The bulk issue"))
            .RequireAuthorization(Policies.Coordinators).WithName("BulkIssueProgress");

        api.MapGet("/offerings/{offeringId:guid}/certificates.zip", async (Guid offeringId, CertificateZip zip, HttpContext http, CancellationToken cancellationToken) =>
            {
                http.Response.ContentType = "application/zip";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"certificates-{offeringId:N}.zip\"";
                await zip.WriteAsync(offeringId, http.Response.Body, cancellationToken);
            })
            .RequireAuthorization(Policies.Coordinators).WithName("CertificatesZip");
    }
}
