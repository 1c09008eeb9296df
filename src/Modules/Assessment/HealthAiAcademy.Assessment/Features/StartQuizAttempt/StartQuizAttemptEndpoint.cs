using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.StartQuizAttempt;

internal static class StartQuizAttemptEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/assessments/{assessmentId:guid}/attempts", async (Guid assessmentId, StartQuizAttemptHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(assessmentId, cancellationToken)).ToResult(started => started.Created
                    ? TypedResults.Created($"/api/assessment/attempts/{started.Attempt.Id}", started.Attempt)
                    : TypedResults.Ok(started.Attempt)))
            .RequireAuthorization(Policies.SignedIn).WithName("StartAttempt")
            .WithSummary("Starts a quiz attempt (201), or returns the attempt still open (200).");
}
