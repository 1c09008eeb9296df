using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.VerifyCertificate;

internal static class VerifyCertificateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/verify/{code}", async Task<Results<Ok<Verification>, ProblemHttpResult>> (string code, VerificationQuery verification, CancellationToken cancellationToken) =>
                await verification.FindAsync(code, cancellationToken) is { } found ? TypedResults.Ok(found) : Problems.NotFound("The certificate"))
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Verification).WithName("VerifyCertificate")
            .WithSummary("Public: status (Valid, Revoked, Expired, Superseded) and everything printed on the certificate.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
