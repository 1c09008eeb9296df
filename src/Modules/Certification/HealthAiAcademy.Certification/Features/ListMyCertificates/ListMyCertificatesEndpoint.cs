using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.ListMyCertificates;

internal static class ListMyCertificatesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/certificates", async (ListMyCertificatesHandler handler, CancellationToken cancellationToken) => TypedResults.Ok(await handler.HandleAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyCertificates")
            .WithSummary("The signed-in participant's certificates, newest first, with their status and verification link.");
}
