using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.EditQuestion;

internal static class EditQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/offerings/{offeringId:guid}/questions/{questionId:guid}", async (Guid offeringId, Guid questionId, QuestionRequest request, EditQuestionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, questionId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("EditQuestion")
            .WithSummary("Changes a question of the course's bank; 409 once a quiz attempt has asked it.")
            .Produces<QuestionView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
