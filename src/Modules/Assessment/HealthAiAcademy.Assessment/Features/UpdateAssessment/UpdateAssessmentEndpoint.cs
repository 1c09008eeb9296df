using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.UpdateAssessment;

internal static class UpdateAssessmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/assessments/{assessmentId:guid}", async (Guid assessmentId, AssessmentRequest request, UpdateAssessmentHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(assessmentId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("UpdateAssessment")
            .WithSummary("Changes the settings (due date, weight, late policy …); questions, rubric and points only while no work exists (409 after).");
}
