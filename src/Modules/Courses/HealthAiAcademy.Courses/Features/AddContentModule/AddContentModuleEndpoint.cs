using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.AddContentModule;

internal static class AddContentModuleEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/content/modules", async (Guid offeringId, ContentModuleRequest request, AddContentModuleHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(m => TypedResults.Created($"/api/courses/offerings/{offeringId}/content", m)))
            .RequireAuthorization(Policies.Staff).WithName("AddContentModule")
            .Produces<ContentModuleResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
