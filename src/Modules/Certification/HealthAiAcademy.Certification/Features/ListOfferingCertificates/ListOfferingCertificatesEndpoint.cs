using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.ListOfferingCertificates;

internal static class ListOfferingCertificatesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/certificates", async (Guid offeringId, ListOfferingCertificatesHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("OfferingCertificates")
            .WithSummary("An offering's certificates, how many completions still lack one, and the latest bulk issue.")
            .Produces<OfferingCertificates>().ProducesProblem(StatusCodes.Status404NotFound);
}
