using Microsoft.AspNetCore.Authentication;
using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// The sign-in cookie slides while it is used, so on its own an always-open browser tab would stay signed in for ever.
/// The moment of the password is kept in the cookie's properties (renewals copy them) and the cookie is refused after
/// <c>Accounts:CookieAbsoluteLifetime</c>, however active it was.
/// </summary>
internal static class AbsoluteCookieLifetime
{
    private const string SignedInAt = "academy.signed-in-at";

    public static void Apply(CookieAuthenticationOptions options, TimeSpan lifetime, TimeProvider clock)
    {
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            if (!context.Properties.Items.ContainsKey(SignedInAt))
            {
                context.Properties.Items[SignedInAt] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            }

            return signingIn(context);
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = clock.GetUtcNow();
            if (!context.Properties.Items.TryGetValue(SignedInAt, out var value)
                || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
                || now - signedInAt > lifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };
    }
}
