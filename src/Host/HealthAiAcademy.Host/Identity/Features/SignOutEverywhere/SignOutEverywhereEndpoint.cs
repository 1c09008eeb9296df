using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.Host.Identity.Features.SignOutEverywhere;

internal static class SignOutEverywhereEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/sessions/revocation", async (SignOutEverywhereHandler handler, CancellationToken cancellationToken) =>
            {
                await handler.HandleAsync(cancellationToken);
                return Results.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn).WithName("SignOutEverywhere")
            .WithSummary("Ends every sign-in of the caller's account, this one included.")
            .Produces(StatusCodes.Status204NoContent);
}
