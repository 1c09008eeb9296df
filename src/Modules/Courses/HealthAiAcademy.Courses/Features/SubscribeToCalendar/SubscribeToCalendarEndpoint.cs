using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.SubscribeToCalendar;

internal static class SubscribeToCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/calendar-feed", async (HttpContext context, SubscribeToCalendarHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(FeedResponse(context, await handler.HandleAsync(renew: false, cancellationToken))))
            .RequireAuthorization(Policies.SignedIn).WithName("GetCalendarFeed")
            .WithSummary("The private URL of the signed-in user's session calendar, to subscribe to from Outlook.");

        api.MapPost("/me/calendar-feed/renew", async (HttpContext context, SubscribeToCalendarHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(FeedResponse(context, await handler.HandleAsync(renew: true, cancellationToken))))
            .RequireAuthorization(Policies.SignedIn).WithName("RenewCalendarFeed")
            .WithSummary("Revokes the current feed URL and issues a new one.");
    }

    private static CalendarFeedResponse FeedResponse(HttpContext context, string token) =>
        new($"{context.Request.Scheme}://{context.Request.Host}/api/courses/calendar/{token}.ics");

    internal sealed record CalendarFeedResponse(string Url);
}
