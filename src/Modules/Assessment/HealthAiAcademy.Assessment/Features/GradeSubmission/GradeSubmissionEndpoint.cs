using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.GradeSubmission;

internal static class GradeSubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/submissions/{submissionId:guid}/grade", async (Guid submissionId, GradeRequest request, GradeSubmissionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(submissionId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("GradeSubmission")
            .WithSummary("Saves a grade (a draft until released); a released grade changes only with a reason, kept in the audit trail.");
}
