namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>Coordinators decide on training followed elsewhere (AI Act evidence need not be the academy's own course).</summary>
internal static class EquivalentRules
{
    public const string DecideRefusal = "Only coordinators and administrators decide on training followed elsewhere.";
    public const string DecidedMeanwhile = "Someone else decided on this equivalent meanwhile; look again.";
}
