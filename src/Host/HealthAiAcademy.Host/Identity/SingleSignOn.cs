using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// The hospital's OpenID Connect provider as an external login of ASP.NET Core Identity: the authorization code flow with
/// PKCE, its answer in the query (a top-level redirect keeps SameSite=Lax cookies), the result in Identity's external
/// cookie for <c>/account/external-callback</c> to link or create the account.
/// </summary>
internal static class SingleSignOn
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        services.Configure<SingleSignOnOptions>(configuration.GetSection(SingleSignOnOptions.Section));
        if (!settings.Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(settings.Authority) || string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new InvalidOperationException("SingleSignOn:Enabled needs SingleSignOn:Authority and SingleSignOn:ClientId (see README, 'Single sign-on').");
        }

        services.AddAuthentication().AddOpenIdConnect(SingleSignOnOptions.Scheme, settings.DisplayName, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = true;
            options.SaveTokens = false;
            options.CallbackPath = "/signin-oidc";
            // Secure follows the cookie policy (always outside Development), so a provider on loopback works in tests.
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Scope.Clear();
            foreach (var scope in settings.Scopes)
            {
                options.Scope.Add(scope);
            }

            if (settings.RoleClaim is { } roleClaim)
            {
                // Keep the group claims, which the handler's default claim actions would leave out.
                options.ClaimActions.MapJsonKey(roleClaim, roleClaim);
            }
        });
    }
}
