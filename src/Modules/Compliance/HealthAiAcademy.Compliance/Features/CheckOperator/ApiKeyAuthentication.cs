using System.Security.Claims;
using System.Text.Encodings.Web;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Compliance.Features.CheckOperator;

/// <summary>
/// Hospital systems authenticate with the API key an administrator issued them (header <c>X-Api-Key</c>); people's
/// sign-ins do not reach the status API, and a revoked key stops working at once.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ComplianceDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ComplianceApiKey";
    public const string Policy = "ComplianceApiClients";
    public const string ClientClaim = "compliance_client";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[RateLimitPolicies.ApiKeyHeader].ToString();
        if (key.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var prefix = ApiClient.PrefixOf(key);
        var client = prefix is null ? null : await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.KeyPrefix == prefix, Context.RequestAborted);
        if (client is null || !client.Accepts(key))
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity([new Claim(ClientClaim, client.Id.ToString()), new Claim(ClaimTypes.Name, client.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return base.HandleChallengeAsync(properties);
    }
}
