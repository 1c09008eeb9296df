using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ListCourses;

internal static class ListCoursesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses", async (int? page, int? pageSize, ListCoursesHandler handler, CancellationToken cancellationToken) =>
            {
                var errors = new ValidationErrors();
                var (actualPage, actualSize) = PageRequest.Validate(page, pageSize, errors);
                return errors.IsValid ? (await handler.HandleAsync(actualPage, actualSize, cancellationToken)).ToResult(TypedResults.Ok) : errors.ToProblem();
            })
            .RequireAuthorization(Policies.Staff).WithName("ListCourses")
            .Produces<PagedResult<CourseResponse>>().ProducesValidationProblem();
}
