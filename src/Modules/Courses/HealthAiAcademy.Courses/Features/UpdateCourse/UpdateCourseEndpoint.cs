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
        api.MapPut("/courses/{courseId:guid}", async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> (Guid courseId, CourseRequest request, UpdateCourseHandler handler, CancellationToken cancellationToken) =>
            {
                var (course, errors, found) = await handler.HandleAsync(courseId, request, cancellationToken);
                if (!found)
                {
                    return Problems.NotFound("The course");
                }

                return course is null ? errors.ToProblem() : TypedResults.Ok(course);
            })
            .RequireAuthorization(Policies.Coordinators).WithName("UpdateCourse");
}
