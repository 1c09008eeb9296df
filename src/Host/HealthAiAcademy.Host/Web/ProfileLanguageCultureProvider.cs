using Microsoft.AspNetCore.Localization;

namespace HealthAiAcademy.Host.Web;

/// <summary>The language a signed-in person chose in their profile; before the browser's <c>Accept-Language</c>.</summary>
internal sealed class ProfileLanguageCultureProvider : RequestCultureProvider
{
    public const string ClaimType = "academy:language";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(httpContext.User.FindFirst(ClaimType)?.Value is { Length: > 0 } language
            ? new ProviderCultureResult(language)
            : null);
}
