using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAiAcademy.Host.Identity.Features.ListUsers;

internal static class ListUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/users", async (string? search, string? role, AccountStatus? status, int? page, int? pageSize, ListUsersHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(new UserQuery(search, role, status, page, pageSize), cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("ListUsers")
            .WithSummary("Accounts by name, email or registration number, with their roles and status.")
            .Produces<PagedResult<UserSummary>>()
            .ProducesValidationProblem();
}
