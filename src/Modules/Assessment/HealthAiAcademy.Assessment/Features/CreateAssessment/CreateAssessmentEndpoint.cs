using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.CreateAssessment;

internal static class CreateAssessmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/assessments", async (Guid offeringId, AssessmentRequest request, CreateAssessmentHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(view => TypedResults.Created($"/api/assessment/assessments/{view.Id}", view)))
            .RequireAuthorization(Policies.Staff).WithName("CreateAssessment")
            .WithSummary("Creates a quiz (questions from the course's bank) or an assignment (rubric or points) for the offering.")
            .Produces<AssessmentView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
