using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.SendAnnouncement;

internal static class SendAnnouncementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/announcements", async (Guid offeringId, SendAnnouncementRequest request, SendAnnouncementHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(sent =>
                    TypedResults.Created($"/api/enrollment/offerings/{offeringId}/announcements", sent)))
            .RequireAuthorization(Policies.Staff).WithName("SendAnnouncement")
            .WithSummary("Sends the offering's participants (and optionally its waiting list) a message: email and in-app, once each.")
            .Produces<AnnouncementView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
