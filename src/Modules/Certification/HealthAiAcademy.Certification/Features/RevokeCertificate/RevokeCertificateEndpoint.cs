using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.RevokeCertificate;

internal static class RevokeCertificateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/certificates/{certificateId:guid}/revoke", async (Guid certificateId, RevokeRequest request, RevokeCertificateHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(certificateId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("RevokeCertificate")
            .WithSummary("Revokes a valid certificate with a reason that the public verification page shows.")
            .Produces<CertificateView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
