using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.AddLesson;

internal static class AddLessonEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/content/modules/{moduleId:guid}/lessons", async (Guid moduleId, LessonRequest request, AddLessonHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(moduleId, request, cancellationToken)).ToResult(l => TypedResults.Created($"/api/courses/content/modules/{moduleId}", l)))
            .RequireAuthorization(Policies.Staff).WithName("AddLesson")
            .Produces<LessonResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
