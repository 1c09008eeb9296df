using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetMyAttendance;

internal static class GetMyAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrollments/{enrollmentId:guid}/attendance", async Task<Results<Ok<MyAttendance>, ProblemHttpResult>> (Guid enrollmentId, GetMyAttendanceHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(enrollmentId, cancellationToken) is { } mine ? TypedResults.Ok(mine) : Problems.NotFound("The enrollment"))
            .RequireAuthorization(Policies.SignedIn).WithName("EnrollmentAttendance")
            .WithSummary("An enrollment's attendance per session, for its owner and the offering's staff.");
}
