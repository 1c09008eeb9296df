using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.RecordAttendance;

internal static class RecordAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/sessions/{sessionId:guid}/attendance", async (Guid sessionId, AttendanceRequest request, RecordAttendanceHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(sessionId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("RecordAttendance")
            .WithSummary("Records Present, Absent or Excused for many participants at once; completes those who now meet the rules.")
            .Produces<IReadOnlyList<SessionAttendanceLine>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
