using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/notifications", async (ListNotificationsHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(await handler.HandleAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyNotifications")
            .WithSummary("The signed-in user's in-app notifications, newest first.");
}
