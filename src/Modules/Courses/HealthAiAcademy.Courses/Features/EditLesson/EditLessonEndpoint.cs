using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.EditLesson;

internal static class EditLessonEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/content/lessons/{lessonId:guid}", async (Guid lessonId, LessonRequest request, EditLessonHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(lessonId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("EditLesson")
            .WithSummary("Changes a lesson's title, text (Markdown) or links.")
            .Produces<LessonResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
