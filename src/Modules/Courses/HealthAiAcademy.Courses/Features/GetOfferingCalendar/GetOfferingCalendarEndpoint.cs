using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.GetOfferingCalendar;

internal static class GetOfferingCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/sessions.ics", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid offeringId, GetOfferingCalendarHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(offeringId, cancellationToken) is { } ics
                    ? TypedResults.Content(ics, SessionCalendarWriter.ContentType)
                    : Problems.NotFound("The offering"))
            .AllowAnonymous().WithName("OfferingSessionsCalendar")
            .WithSummary("The offering's sessions as an iCalendar file.")
            .ProducesFile("text/calendar");
}
