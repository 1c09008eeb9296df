using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.ReissueCertificate;

internal static class ReissueCertificateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/certificates/{certificateId:guid}/reissue", async (Guid certificateId, ReissueCertificateHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(certificateId, cancellationToken)).ToResult(view => TypedResults.Created($"/api/certification/certificates/{view.Id}/pdf", view)))
            .RequireAuthorization(Policies.Coordinators).WithName("ReissueCertificate")
            .WithSummary("A new certificate from the holder's current profile (e.g. a corrected name); the old one verifies as superseded.")
            .Produces<CertificateView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
