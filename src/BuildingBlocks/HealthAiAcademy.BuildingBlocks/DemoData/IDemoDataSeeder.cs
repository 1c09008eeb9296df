namespace HealthAiAcademy.BuildingBlocks.DemoData;

/// <summary>A module's demo data, seeded by the host in Development only, after the demo accounts exist. Must be safe to run again.</summary>
public interface IDemoDataSeeder
{
    /// <summary>Lower runs first; a module that needs another's demo data seeds after it.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
