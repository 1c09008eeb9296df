using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.AnswerEvaluation;

internal static class AnswerEvaluationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/offerings/{offeringId:guid}/evaluation", async (Guid offeringId, AnswerEvaluationRequest request, AnswerEvaluationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("AnswerEvaluation")
            .WithSummary("Answers the offering's evaluation, once and anonymously; where the certificate waits for it, the answers complete the offering.")
            .Produces<EvaluationAnswered>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
