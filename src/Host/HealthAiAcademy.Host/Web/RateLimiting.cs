using HealthAiAcademy.BuildingBlocks.Web;
using System.Threading.RateLimiting;

namespace HealthAiAcademy.Host.Web;

internal static class RateLimiting
{
    public const string SignInPolicy = "sign-in";

    /// <summary>Sign-in and registration: a few attempts per minute per client address, against password guessing.</summary>
    public static IServiceCollection AddAcademyRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("RateLimiting:SignInPerMinute", 10);
        var verificationsPerMinute = configuration.GetValue("RateLimiting:VerificationPerMinute", 30);
        var statusCallsPerMinute = configuration.GetValue("RateLimiting:StatusApiPerMinute", 600);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(RateLimitPolicies.Verification, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = verificationsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // The key's public part ("hai_<prefix>"), so each client has its own budget; requests without a key share one.
            options.AddPolicy(RateLimitPolicies.StatusApi, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Request.Headers[RateLimitPolicies.ApiKeyHeader].ToString() is { Length: >= 14 } key ? key[..14] : "no-key",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = statusCallsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
