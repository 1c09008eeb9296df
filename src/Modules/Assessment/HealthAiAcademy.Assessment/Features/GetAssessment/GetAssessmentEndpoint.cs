using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.GetAssessment;

internal static class GetAssessmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/assessments/{assessmentId:guid}", async (Guid assessmentId, GetAssessmentHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(assessmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("GetAssessment");
}
