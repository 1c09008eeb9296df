namespace HealthAiAcademy.Courses.Features.Shared;

internal static class LinkInput
{
    /// <summary>Only absolute http(s) links: a javascript: or file: link would run or leak in the participant's browser.</summary>
    public static bool IsWebLink(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
