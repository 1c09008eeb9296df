using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.SendAnnouncement;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.ListAnnouncements;

internal static class ListAnnouncementsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/announcements", async (Guid offeringId, ListAnnouncementsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("ListAnnouncements")
            .WithSummary("The offering's announcements, newest first: all with their delivery count for staff, those meant for them for participants.")
            .Produces<IReadOnlyList<AnnouncementView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
