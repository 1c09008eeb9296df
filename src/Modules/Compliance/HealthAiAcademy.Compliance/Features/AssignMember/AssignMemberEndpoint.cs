using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.GetUnit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.AssignMember;

internal static class AssignMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/organisation/units/{unitId:guid}/members", async (Guid unitId, AssignMemberRequest request, AssignMemberHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(unitId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("AssignMember")
            .WithSummary("Puts the person with this email in the unit with a function (or changes their function and manager role there); a staff number given is recorded. Kept by hand: HR imports leave it alone.")
            .Produces<MemberView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
