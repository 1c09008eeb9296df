using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.UpdateCourse;

internal static class UpdateCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/courses/{courseId:guid}", async (Guid courseId, CourseRequest request, UpdateCourseHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(courseId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("UpdateCourse")
            .Produces<CourseResponse>().ProducesValidationProblem();
}
