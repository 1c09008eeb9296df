using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.CreateCourse;

internal static class CreateCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses", async Task<Results<Created<CourseResponse>, ValidationProblem, ProblemHttpResult>> (CourseRequest request, CreateCourseHandler handler, CancellationToken cancellationToken) =>
            {
                var (course, errors, duplicate) = await handler.HandleAsync(request, cancellationToken);
                if (duplicate)
                {
                    return Problems.Conflict($"A course with code {request.Code} already exists.");
                }

                return course is null ? errors.ToProblem() : TypedResults.Created($"/api/courses/courses/{course.Id}", course);
            })
            .RequireAuthorization(Policies.Coordinators).WithName("CreateCourse")
            .WithSummary("Defines a course: what is taught, for whom, its study load and accreditations.");
}
