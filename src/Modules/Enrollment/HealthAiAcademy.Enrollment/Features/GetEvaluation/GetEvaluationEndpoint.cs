using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetEvaluation;

internal static class GetEvaluationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/evaluation", async (Guid offeringId, GetEvaluationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("Evaluation")
            .WithSummary("The offering's course evaluation for its staff: questions, whether the certificate waits for it, the number of answers.")
            .Produces<EvaluationView>().ProducesProblem(StatusCodes.Status404NotFound);
}
