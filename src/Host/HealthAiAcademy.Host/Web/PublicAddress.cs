namespace HealthAiAcademy.Host.Web;

/// <summary>
/// The address people reach the academy at. Certificates print their verification link and QR code for life and emails
/// carry links, so outside Development the host does not start while that address is missing or points at this machine.
/// <c>PublicBaseUrl</c> sets it once; <c>Certification:PublicBaseUrl</c>, <c>Accounts:PublicBaseUrl</c> and
/// <c>Enrollment:PublicBaseUrl</c> and <c>Compliance:PublicBaseUrl</c> may each override it.
/// </summary>
internal static class PublicAddress
{
    public const string Key = "PublicBaseUrl";

    /// <summary>Where each module reads the address its links use.</summary>
    public static readonly IReadOnlyList<string> LinkSettings = ["Certification:PublicBaseUrl", "Accounts:PublicBaseUrl", "Enrollment:PublicBaseUrl", "Compliance:PublicBaseUrl"];

    public static void Apply(ConfigurationManager configuration, IHostEnvironment environment)
    {
        var shared = configuration[Key];
        var unset = LinkSettings.Where(key => string.IsNullOrWhiteSpace(configuration[key])).ToList();
        if (!string.IsNullOrWhiteSpace(shared) && unset.Count > 0)
        {
            configuration.AddInMemoryCollection(unset.Select(key => KeyValuePair.Create(key, (string?)shared)));
        }

        if (environment.IsDevelopment())
        {
            return;
        }

        var problems = LinkSettings.Select(key => (Key: key, Problem: ProblemOf(configuration[key]))).Where(p => p.Problem is not null).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{Key} is not usable outside Development ({environment.EnvironmentName}): " +
                string.Join("; ", problems.Select(p => $"{p.Key} {p.Problem}")) +
                ". Certificates print their verification link for life and emails carry links, so set PublicBaseUrl (environment " +
                "variable PublicBaseUrl) to the address people reach the academy at, e.g. https://academy.example-hospital.nl. See README, 'Public address'.");
        }
    }

    /// <returns>Null when <paramref name="value"/> is an absolute http(s) address another machine can reach, else what is wrong.</returns>
    public static string? ProblemOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "is not set";
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"is '{value}', not an absolute http(s) address";
        }

        var host = uri.IdnHost;
        return uri.IsLoopback || host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || host is "0.0.0.0" or "[::]"
            ? $"is '{value}', which points at the server itself"
            : null;
    }
}
