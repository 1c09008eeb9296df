using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.SubmitQuizAttempt;

internal static class SubmitQuizAttemptEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/attempts/{attemptId:guid}/submit", async (Guid attemptId, SubmitAttemptRequest request, SubmitQuizAttemptHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(attemptId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("SubmitAttempt")
            .WithSummary("Hands in the answers; the attempt is scored at once.");
}
