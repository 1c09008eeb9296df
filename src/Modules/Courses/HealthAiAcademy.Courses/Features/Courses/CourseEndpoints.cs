using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.Courses;

internal static class CourseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/courses", CreateAsync).RequireAuthorization(Policies.Coordinators).WithName("CreateCourse")
            .WithSummary("Defines a course: what is taught, for whom, its study load and accreditations.");
        api.MapPut("/courses/{courseId:guid}", UpdateAsync).RequireAuthorization(Policies.Coordinators).WithName("UpdateCourse");
        api.MapGet("/courses", ListAsync).RequireAuthorization(Policies.Staff).WithName("ListCourses");
        api.MapGet("/courses/{courseId:guid}", GetAsync).RequireAuthorization(Policies.Staff).WithName("GetCourse");
    }

    private static async Task<Results<Created<CourseResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CourseRequest request, CourseHandlers handlers, CancellationToken cancellationToken)
    {
        var (course, errors, duplicate) = await handlers.CreateAsync(request, cancellationToken);
        if (duplicate)
        {
            return Problems.Conflict($"A course with code {request.Code} already exists.");
        }

        return course is null ? errors.ToProblem() : TypedResults.Created($"/api/courses/courses/{course.Id}", course);
    }

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid courseId, CourseRequest request, CourseHandlers handlers, CancellationToken cancellationToken)
    {
        var (course, errors, found) = await handlers.UpdateAsync(courseId, request, cancellationToken);
        if (!found)
        {
            return Problems.NotFound("The course");
        }

        return course is null ? errors.ToProblem() : TypedResults.Ok(course);
    }

    private static async Task<Results<Ok<PagedResult<CourseResponse>>, ValidationProblem>> ListAsync(
        int? page, int? pageSize, CourseHandlers handlers, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (actualPage, actualSize) = PageRequest.Validate(page, pageSize, errors);
        return errors.IsValid ? TypedResults.Ok(await handlers.ListAsync(actualPage, actualSize, cancellationToken)) : errors.ToProblem();
    }

    private static async Task<Results<Ok<CourseResponse>, ProblemHttpResult>> GetAsync(Guid courseId, CourseHandlers handlers, CancellationToken cancellationToken) =>
        await handlers.GetAsync(courseId, cancellationToken) is { } course ? TypedResults.Ok(course) : Problems.NotFound("The course");
}
