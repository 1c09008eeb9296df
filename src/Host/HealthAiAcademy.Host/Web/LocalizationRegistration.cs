using HealthAiAcademy.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Localization;

namespace HealthAiAcademy.Host.Web;

internal static class LocalizationRegistration
{
    public static IServiceCollection AddAcademyLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(LanguageOptions.Section).Get<LanguageOptions>() ?? new LanguageOptions();
        var defaultLanguage = AcademyLanguages.Normalize(settings.DefaultLanguage)
            ?? throw new InvalidOperationException($"{LanguageOptions.Section}:DefaultLanguage must be one of {string.Join(", ", AcademyLanguages.Supported)}.");
        services.Configure<LanguageOptions>(options => options.DefaultLanguage = defaultLanguage);
        services.AddLocalization();
        UseCaseMessages.Register(typeof(BuildingBlocksText));
        UseCaseMessages.Register(typeof(Resources.HostText));
        services.AddSingleton<RecipientLanguage>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            string[] cultures = [.. AcademyLanguages.Supported];
            options.SetDefaultCulture(defaultLanguage).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The profile first, then the switch in the layout (a cookie, also for visitors), then the browser.
            options.RequestCultureProviders =
            [
                new ProfileLanguageCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>The cookie the layout's switch sets, for a year.</summary>
    public static void RememberLanguage(this HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
}
