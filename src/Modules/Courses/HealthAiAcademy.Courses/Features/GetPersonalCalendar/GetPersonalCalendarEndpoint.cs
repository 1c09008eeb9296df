using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.GetPersonalCalendar;

internal static class GetPersonalCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calendar/{token}.ics", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string token, GetPersonalCalendarHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(token, cancellationToken) is { } ics
                    ? TypedResults.Content(ics, SessionCalendarWriter.ContentType)
                    : Problems.NotFound("The calendar"))
            .AllowAnonymous().WithName("PersonalCalendar")
            .WithSummary("A user's enrolled sessions; the token in the URL is the only key, so calendar clients need no sign-in.");
}
