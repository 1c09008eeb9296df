using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.EraseAccount;

internal static class EraseAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/users/{userId:guid}/erasure", async (Guid userId, EraseAccountRequest request, EraseAccountHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(userId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("EraseAccount")
            .WithSummary("Processes an erasure request: the account is anonymised and closed, every module removes what it holds (certificates after the retention period); 409 for yourself, staff, or open places.")
            .Produces<UserSummary>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
