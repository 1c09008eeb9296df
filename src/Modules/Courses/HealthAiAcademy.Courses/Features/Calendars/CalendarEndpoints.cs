using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.Calendars;

internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/offerings/{offeringId:guid}/sessions.ics", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid offeringId, CalendarQueries queries, CancellationToken cancellationToken) =>
                await queries.OfferingCalendarAsync(offeringId, cancellationToken) is { } ics
                    ? TypedResults.Content(ics, SessionCalendarWriter.ContentType)
                    : Problems.NotFound("The offering"))
            .AllowAnonymous().WithName("OfferingSessionsCalendar")
            .WithSummary("The offering's sessions as an iCalendar file.");

        api.MapGet("/me/calendar-feed", async (HttpContext context, CalendarQueries queries, CancellationToken cancellationToken) =>
                TypedResults.Ok(FeedResponse(context, await queries.FeedTokenAsync(renew: false, cancellationToken))))
            .RequireAuthorization(Policies.SignedIn).WithName("GetCalendarFeed")
            .WithSummary("The private URL of the signed-in user's session calendar, to subscribe to from Outlook.");

        api.MapPost("/me/calendar-feed/renew", async (HttpContext context, CalendarQueries queries, CancellationToken cancellationToken) =>
                TypedResults.Ok(FeedResponse(context, await queries.FeedTokenAsync(renew: true, cancellationToken))))
            .RequireAuthorization(Policies.SignedIn).WithName("RenewCalendarFeed")
            .WithSummary("Revokes the current feed URL and issues a new one.");

        api.MapGet("/calendar/{token}.ics", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string token, CalendarQueries queries, CancellationToken cancellationToken) =>
                await queries.PersonalCalendarAsync(token, cancellationToken) is { } ics
                    ? TypedResults.Content(ics, SessionCalendarWriter.ContentType)
                    : Problems.NotFound("The calendar"))
            .AllowAnonymous().WithName("PersonalCalendar")
            .WithSummary("A user's enrolled sessions; the token in the URL is the only key, so calendar clients need no sign-in.");
    }

    private static CalendarFeedResponse FeedResponse(HttpContext context, string token) =>
        new($"{context.Request.Scheme}://{context.Request.Host}/api/courses/calendar/{token}.ics");

    internal sealed record CalendarFeedResponse(string Url);
}
