using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetProgress;

internal static class GetProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrollments/{enrollmentId:guid}/progress", async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> (Guid enrollmentId, GetProgressHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(enrollmentId, cancellationToken) is { } mine ? TypedResults.Ok(mine) : Problems.NotFound("The enrollment"))
            .RequireAuthorization(Policies.SignedIn).WithName("Progress")
            .WithSummary("The signed-in participant's progress through the offering's lessons.");
}
