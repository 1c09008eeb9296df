using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.DeleteModule;

internal static class DeleteModuleEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/content/modules/{moduleId:guid}", async (Guid moduleId, DeleteModuleHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(moduleId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Staff).WithName("DeleteModule")
            .WithSummary("Deletes a content module with its lessons; 409 when participants have marked any of them done.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
