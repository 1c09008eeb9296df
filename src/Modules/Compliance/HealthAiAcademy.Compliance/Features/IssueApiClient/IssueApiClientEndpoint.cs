using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.IssueApiClient;

internal static class IssueApiClientEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/api-clients", async (IssueApiClientRequest request, IssueApiClientHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(issued => TypedResults.Created($"/api/compliance/api-clients#{issued.Id}", issued)))
            .RequireAuthorization(Policies.Administrators).WithName("IssueApiClient")
            .WithSummary("Issues an API key to a hospital system for the status API, and optionally a webhook (https) that status changes are pushed to, signed with HMAC-SHA256. Key and secret are shown this once.")
            .Produces<IssuedApiClient>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
