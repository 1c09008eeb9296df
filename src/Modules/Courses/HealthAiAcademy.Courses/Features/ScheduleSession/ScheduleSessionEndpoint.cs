using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ScheduleSession;

internal static class ScheduleSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/sessions", async (Guid offeringId, SessionRequest request, ScheduleSessionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(s => TypedResults.Created($"/api/courses/sessions/{s.Id}", s)))
            .RequireAuthorization(Policies.Staff).WithName("ScheduleSession")
            .WithSummary("Schedules a session; startsAt is Amsterdam wall-clock time unless it carries an offset.")
            .Produces<SessionResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
