using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.ListGradingQueue;

internal static class ListGradingQueueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/grading-queue", async (Guid? offeringId, Guid? assessmentId, string? state, int? page, int? pageSize, ListGradingQueueHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, assessmentId, state, page, pageSize, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("GradingQueue")
            .WithSummary("Hand-ins to grade in the offerings the caller teaches, oldest first; state NotGraded (default), Graded or Released.")
            .Produces<PagedResult<QueueItem>>();
}
