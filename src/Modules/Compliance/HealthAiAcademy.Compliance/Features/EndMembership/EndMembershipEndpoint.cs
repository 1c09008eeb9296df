using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.EndMembership;

internal static class EndMembershipEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/organisation/units/{unitId:guid}/members/{userId:guid}", async (Guid unitId, Guid userId, EndMembershipHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(unitId, userId, cancellationToken)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Administrators).WithName("EndMembership")
            .WithSummary("Ends the person's membership of the unit today; it stays in the history that reports at earlier dates read.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
