using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.GrantExtension;

internal static class GrantExtensionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/assessments/{assessmentId:guid}/extensions/{userId:guid}", async (Guid assessmentId, Guid userId, ExtensionRequest request, GrantExtensionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(assessmentId, userId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("GrantExtension")
            .WithSummary("Gives one participant a later due date.");
}
