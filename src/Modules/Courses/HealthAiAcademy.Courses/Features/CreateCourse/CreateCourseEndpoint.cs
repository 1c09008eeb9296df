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
        api.MapPost("/courses", async (CourseRequest request, CreateCourseHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(course => TypedResults.Created($"/api/courses/courses/{course.Id}", course)))
            .RequireAuthorization(Policies.Coordinators).WithName("CreateCourse")
            .WithSummary("Defines a course: what is taught, for whom, its study load and accreditations.")
            .Produces<CourseResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
}
