using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace HealthAiAcademy.BuildingBlocks.DemoData;

/// <summary>
/// Lets a demo seeder go through the modules' own use cases as a demo account would: the handlers read the current user from
/// the request, so the seeder gives its scope a request signed in as that person (Development only, never a real request).
/// </summary>
public sealed class DemoActor(IHttpContextAccessor accessor, IServiceProvider services)
{
    public void ActAs(Guid userId, params string[] roles)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), .. roles.Select(role => new Claim(ClaimTypes.Role, role))],
            authenticationType: "demo");
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = services };
    }
}

/// <summary>Settings of <c>Demo</c> the modules' seeders read.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>
    /// Whether the demo people also act (enrol, apply, hand in, grade) so every demo account finds work on its first page.
    /// Tests that need the demo accounts untouched turn it off.
    /// </summary>
    public bool Activity { get; set; } = true;
}
