using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.MarkLessonDone;

internal static class MarkLessonDoneEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/enrollments/{enrollmentId:guid}/lessons/{lessonId:guid}/done", async (Guid enrollmentId, Guid lessonId, MarkLessonDoneHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(enrollmentId, lessonId, done: true, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("MarkLessonDone")
            .Produces<ProgressResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/enrollments/{enrollmentId:guid}/lessons/{lessonId:guid}/done", async (Guid enrollmentId, Guid lessonId, MarkLessonDoneHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(enrollmentId, lessonId, done: false, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("MarkLessonNotDone")
            .Produces<ProgressResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
