using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthAiAcademy.BuildingBlocks.Privacy;

/// <summary>The <c>Privacy</c> settings: how long what is kept about people is kept (docs/adr/0018; stated on /privacy).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Hand-ins (texts, files) and feedback are removed this many months after their offering ended; scores stay.</summary>
    public int SubmissionRetentionMonths { get; set; } = 24;

    /// <summary>In-app notifications are removed this many months after they were sent.</summary>
    public int NotificationRetentionMonths { get; set; } = 12;

    /// <summary>An erased person's certificates are kept this many years from issue (the CPD re-registration cycle), then anonymised.</summary>
    public int CertificateRetentionYears { get; set; } = 5;

    public static PrivacyOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<PrivacyOptions>() ?? new PrivacyOptions();
}

/// <summary>One module's retention rule, applied by the daily sweep in its own unit of work.</summary>
public interface IRetentionRule
{
    string Name { get; }

    /// <returns>How many records it removed or anonymised.</returns>
    Task<int> ApplyAsync(DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>The daily job that applies every module's retention rule; one failing rule does not stop the others.</summary>
public sealed class RetentionSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionSweep> logger)
{
    public const string JobId = "privacy-retention";

    public async Task<IReadOnlyDictionary<string, int>> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var applied = new Dictionary<string, int>();
        await using var scope = scopes.CreateAsyncScope();
        foreach (var rule in scope.ServiceProvider.GetServices<IRetentionRule>())
        {
            try
            {
                applied[rule.Name] = await rule.ApplyAsync(now, cancellationToken);
                logger.LogInformation("Retention rule {Rule} removed or anonymised {Count} record(s)", rule.Name, applied[rule.Name]);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Retention rule {Rule} failed; it runs again tomorrow", rule.Name);
            }
        }

        return applied;
    }
}
