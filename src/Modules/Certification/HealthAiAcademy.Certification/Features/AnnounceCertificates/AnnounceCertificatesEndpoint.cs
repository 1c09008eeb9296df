using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.AnnounceCertificates;

internal static class AnnounceCertificatesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/certificates/announcements", async (AnnounceCertificatesHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(cancellationToken)).ToResult(announced => TypedResults.Ok(new { announced })))
            .RequireAuthorization(Policies.Administrators).WithName("AnnounceCertificates")
            .WithSummary("Publishes the issued event of every valid certificate again, for a module that came after them (Compliance after an upgrade); receivers ignore what they know.")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status403Forbidden);
}
