using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.RescheduleSession;

internal static class RescheduleSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/sessions/{sessionId:guid}", async (Guid sessionId, SessionRequest request, RescheduleSessionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(sessionId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("RescheduleSession")
            .Produces<SessionResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
}
