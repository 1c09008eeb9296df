using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.SetAssessmentRequired;

internal static class SetAssessmentRequiredEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/assessments/{assessmentId:guid}/required-for-completion", async (Guid assessmentId, RequirementRequest request, SetAssessmentRequiredHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(assessmentId, request.Required, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("SetAssessmentRequired")
            .WithSummary("Makes passing the assessment a completion rule of its offering (or not).");
}
