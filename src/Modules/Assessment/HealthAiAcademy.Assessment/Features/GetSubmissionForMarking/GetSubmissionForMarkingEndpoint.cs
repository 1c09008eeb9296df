using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.GetSubmissionForMarking;

internal static class GetSubmissionForMarkingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/submissions/{submissionId:guid}", async (Guid submissionId, GetSubmissionForMarkingHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(submissionId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("SubmissionForMarking");
}
