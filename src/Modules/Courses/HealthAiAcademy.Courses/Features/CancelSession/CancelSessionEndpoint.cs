using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.CancelSession;

internal static class CancelSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{sessionId:guid}/cancel", async (Guid sessionId, CancelSessionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(sessionId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("CancelSession")
            .Produces<SessionResponse>().ProducesProblem(StatusCodes.Status409Conflict);
}
