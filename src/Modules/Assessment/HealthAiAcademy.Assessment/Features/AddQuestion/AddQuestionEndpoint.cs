using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.AddQuestion;

internal static class AddQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/questions", async (Guid offeringId, QuestionRequest request, AddQuestionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(view => TypedResults.Created($"/api/assessment/offerings/{offeringId}/questions", view)))
            .RequireAuthorization(Policies.Staff).WithName("AddQuestion")
            .WithSummary("Adds a question to the question bank of the offering's course.");
}
