using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.ReleaseGrades;

internal static class ReleaseGradesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/assessments/{assessmentId:guid}/release", async (Guid assessmentId, ReleaseGradesHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(assessmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("ReleaseGrades")
            .WithSummary("Releases every graded hand-in of the assignment to its participant.");
}
