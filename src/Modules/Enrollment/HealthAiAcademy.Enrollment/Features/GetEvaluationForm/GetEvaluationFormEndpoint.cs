using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetEvaluationForm;

internal static class GetEvaluationFormEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/offerings/{offeringId:guid}/evaluation", async (Guid offeringId, GetEvaluationFormHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("MyEvaluation")
            .WithSummary("The offering's evaluation for the signed-in participant: its questions, and whether they may still answer.")
            .Produces<EvaluationForm>().ProducesProblem(StatusCodes.Status404NotFound);
}
