using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.MarkNotificationRead;

internal static class MarkNotificationReadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/notifications/{notificationId:guid}/read", async Task<Results<NoContent, ProblemHttpResult>> (Guid notificationId, MarkNotificationReadHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(notificationId, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("The notification"))
            .RequireAuthorization(Policies.SignedIn).WithName("MarkNotificationRead");
}
