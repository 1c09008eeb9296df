using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.HandInAssignment;

internal static class HandInAssignmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/assessments/{assessmentId:guid}/submissions", async (Guid assessmentId, HandInRequest request, HandInAssignmentHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(assessmentId, request, cancellationToken)).ToResult(handedIn => handedIn.Created
                    ? TypedResults.Created($"/api/assessment/submissions/{handedIn.HandIn.Id}", handedIn.HandIn)
                    : TypedResults.Ok(handedIn.HandIn)))
            .RequireAuthorization(Policies.SignedIn).WithName("HandIn")
            // The file comes base64-encoded in the JSON: a third larger than the largest file an assignment may take.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AssessmentRequestValidator.MaxFileKilobytesLimit * 1024L * 4 / 3 + 1_000_000))
            .WithSummary("Hands in an assignment (text and/or a base64 file); replaces the hand-in until it is graded.");
}
