using HealthAiAcademy.BuildingBlocks.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace HealthAiAcademy.Host.Web;

/// <summary>
/// The answers the framework writes itself (a 401 or 403 from a policy, a 404 from routing, a validation problem) carry
/// English reason phrases as their title; they are given the academy's own title, in the reader's language.
/// </summary>
internal static class ProblemLanguage
{
    public static void Apply(ProblemDetailsContext context)
    {
        var details = context.ProblemDetails;
        var isFrameworkTitle = details.Title is null || details.Title == ReasonPhrases.GetReasonPhrase(details.Status ?? 0)
            || details.Title == "One or more validation errors occurred.";
        if (!isFrameworkTitle)
        {
            return;
        }

        // Status-code pages write this outside the localization middleware's scope: take the culture it chose for the request.
        var chosen = context.HttpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture;
        using var language = AcademyLanguages.Use(chosen?.TwoLetterISOLanguageName ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        details.Title = details.Status switch
        {
            StatusCodes.Status400BadRequest => UseCaseMessages.Translate("Some fields are not filled in correctly."),
            StatusCodes.Status401Unauthorized => UseCaseMessages.Translate("Sign in first."),
            StatusCodes.Status403Forbidden => UseCaseMessages.Translate("Not allowed."),
            StatusCodes.Status404NotFound => UseCaseMessages.Translate("Not found."),
            _ => details.Title,
        };
    }
}
