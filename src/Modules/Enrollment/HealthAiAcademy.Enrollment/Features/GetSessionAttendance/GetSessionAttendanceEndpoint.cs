using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetSessionAttendance;

internal static class GetSessionAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sessions/{sessionId:guid}/attendance", async (Guid sessionId, GetSessionAttendanceHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(sessionId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("SessionAttendance")
            .WithSummary("The participants of a session with their attendance so far.")
            .Produces<IReadOnlyList<SessionAttendanceLine>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
