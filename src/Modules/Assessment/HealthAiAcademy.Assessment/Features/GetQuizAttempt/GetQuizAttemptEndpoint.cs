using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.GetQuizAttempt;

internal static class GetQuizAttemptEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/attempts/{attemptId:guid}", async (Guid attemptId, GetQuizAttemptHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(attemptId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("GetAttempt");
}
