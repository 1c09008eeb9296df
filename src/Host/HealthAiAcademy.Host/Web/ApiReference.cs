using HealthAiAcademy.BuildingBlocks.Authorization;
using Scalar.AspNetCore;

namespace HealthAiAcademy.Host.Web;

/// <summary>Who may read the OpenAPI document and the API reference built from it (<c>ApiReference:Audience</c>).</summary>
internal enum ApiAudience
{
    /// <summary>Not served.</summary>
    None,

    /// <summary>Signed-in instructors, coordinators and administrators: the default outside Development.</summary>
    Staff,

    /// <summary>Anyone, signed in or not: the default in Development.</summary>
    Everyone,
}

/// <summary>
/// The OpenAPI document lists every operation and its parameters: useful to the hospital's integrators, a map for anyone
/// probing a production site. Outside Development it is for signed-in staff unless configured otherwise.
/// </summary>
internal static class ApiReference
{
    public const string AudienceKey = "ApiReference:Audience";

    public static ApiAudience AudienceFor(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<ApiAudience?>(AudienceKey) ?? (environment.IsDevelopment() ? ApiAudience.Everyone : ApiAudience.Staff);

    public static void MapApiReference(this WebApplication app)
    {
        var audience = AudienceFor(app.Configuration, app.Environment);
        if (audience == ApiAudience.None)
        {
            return;
        }

        IEndpointConventionBuilder[] endpoints = [app.MapOpenApi(), app.MapScalarApiReference()];
        foreach (var endpoint in endpoints)
        {
            if (audience == ApiAudience.Everyone)
            {
                endpoint.AllowAnonymous();
            }
            else
            {
                endpoint.RequireAuthorization(Policies.Staff);
            }
        }
    }
}
