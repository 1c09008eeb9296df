namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>Rate-limit policies the host defines and modules may name on their endpoints.</summary>
public static class RateLimitPolicies
{
    /// <summary>Anonymous certificate verification: per client address, against enumerating codes.</summary>
    public const string Verification = "verification";
}
