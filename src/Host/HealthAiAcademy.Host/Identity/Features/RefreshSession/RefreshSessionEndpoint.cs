using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace HealthAiAcademy.Host.Identity.Features.RefreshSession;

internal sealed record RefreshRequest(string? RefreshToken);

internal static class RefreshSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/refresh", async Task<IResult> (RefreshRequest request, BearerTokens tokens, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(request.RefreshToken))
                {
                    return new ValidationErrors().Add("refreshToken", "Refresh token is required.").ToProblem();
                }

                var (issued, refusal) = await tokens.RefreshAsync(request.RefreshToken, cancellationToken);
                return issued is not null
                    ? TypedResults.Ok(issued)
                    : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The refresh token is not valid.",
                        detail: refusal == RefreshRefusal.Reused
                            ? "It was used before: this sign-in is ended everywhere. Sign in again."
                            : "It expired, was revoked or is unknown. Sign in again.");
            })
            .AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy).WithName("RefreshSession")
            .WithSummary("Exchanges a refresh token for new tokens. Each refresh token works once; presenting a used one ends its sign-in.")
            .Produces<AccessTokenResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
}
