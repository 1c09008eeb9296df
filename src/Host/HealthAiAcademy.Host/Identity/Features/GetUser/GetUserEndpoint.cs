using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.GetUser;

internal static class GetUserEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/users/{userId:guid}", async (Guid userId, GetUserHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(userId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("GetUser")
            .WithSummary("One account: roles, status and who changed what, when.")
            .Produces<UserDetails>().ProducesProblem(StatusCodes.Status404NotFound);
}
