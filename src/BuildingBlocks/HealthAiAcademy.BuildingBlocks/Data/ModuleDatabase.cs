namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>A database the host migrates, checks for readiness and (when it has an outbox) delivers events from.</summary>
public sealed record ModuleDatabase(string Name, string Schema, Type ContextType)
{
    public bool HasOutbox => typeof(Outbox.IOutboxContext).IsAssignableFrom(ContextType);

    /// <summary>A module's own database, with the staff audit trail (<see cref="ModuleDbContext"/>).</summary>
    public bool HasAuditTrail => typeof(ModuleDbContext).IsAssignableFrom(ContextType);
}
