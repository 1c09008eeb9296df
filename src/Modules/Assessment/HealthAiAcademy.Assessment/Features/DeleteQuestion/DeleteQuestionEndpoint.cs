using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.DeleteQuestion;

internal static class DeleteQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/offerings/{offeringId:guid}/questions/{questionId:guid}", async (Guid offeringId, Guid questionId, DeleteQuestionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, questionId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Staff).WithName("DeleteQuestion")
            .WithSummary("Deletes a question of the course's bank; 409 while a quiz asks it or once an attempt answered it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
