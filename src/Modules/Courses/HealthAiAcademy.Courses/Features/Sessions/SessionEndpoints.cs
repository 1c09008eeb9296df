using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.Sessions;

internal static class SessionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/offerings/{offeringId:guid}/sessions", async (Guid offeringId, SessionRequest request, SessionCommands commands, CancellationToken cancellationToken) =>
                (await commands.ScheduleAsync(offeringId, request, cancellationToken)).ToResult(s => TypedResults.Created($"/api/courses/sessions/{s.Id}", s)))
            .RequireAuthorization(Policies.Staff).WithName("ScheduleSession")
            .WithSummary("Schedules a session; startsAt is Amsterdam wall-clock time unless it carries an offset.")
            .Produces<SessionResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPut("/sessions/{sessionId:guid}", async (Guid sessionId, SessionRequest request, SessionCommands commands, CancellationToken cancellationToken) =>
                (await commands.RescheduleAsync(sessionId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("RescheduleSession")
            .Produces<SessionResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/sessions/{sessionId:guid}/cancel", async (Guid sessionId, SessionCommands commands, CancellationToken cancellationToken) =>
                (await commands.CancelAsync(sessionId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("CancelSession")
            .Produces<SessionResponse>().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
