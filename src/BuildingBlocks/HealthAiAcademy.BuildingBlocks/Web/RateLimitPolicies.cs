namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>Rate-limit policies the host defines and modules may name on their endpoints.</summary>
public static class RateLimitPolicies
{
    /// <summary>Anonymous certificate verification: per client address, against enumerating codes.</summary>
    public const string Verification = "verification";

    /// <summary>Hospital systems asking the compliance status API: per API key (its public prefix), against a runaway client.</summary>
    public const string StatusApi = "status-api";

    /// <summary>The header a hospital system sends its API key in.</summary>
    public const string ApiKeyHeader = "X-Api-Key";
}
