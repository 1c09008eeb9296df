using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.SetUpEvaluation;

internal static class SetUpEvaluationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/offerings/{offeringId:guid}/evaluation", async (Guid offeringId, SetUpEvaluationRequest request, SetUpEvaluationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("SetUpEvaluation")
            .WithSummary("Attaches or changes the offering's course evaluation (no items: the standard one); its questions are fixed once someone answered.")
            .Produces<EvaluationView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
