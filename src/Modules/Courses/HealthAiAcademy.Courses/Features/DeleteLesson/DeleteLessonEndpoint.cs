using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.DeleteLesson;

internal static class DeleteLessonEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/content/lessons/{lessonId:guid}", async (Guid lessonId, DeleteLessonHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(lessonId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Staff).WithName("DeleteLesson")
            .WithSummary("Deletes a lesson; 409 when participants have marked it done (their progress would be lost).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
