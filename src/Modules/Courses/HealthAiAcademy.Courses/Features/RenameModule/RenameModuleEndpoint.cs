using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.RenameModule;

internal static class RenameModuleEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/content/modules/{moduleId:guid}", async (Guid moduleId, ModuleTitleRequest request, RenameModuleHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(moduleId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("RenameModule")
            .WithSummary("Gives a content module another title.")
            .Produces<ContentModuleResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
