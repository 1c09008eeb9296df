namespace HealthAiAcademy.BuildingBlocks.Domain;

/// <summary>A request that is well-formed but conflicts with the current state (answered 409 with this message).</summary>
public sealed class BusinessRuleViolationException(string message) : Exception(message);
