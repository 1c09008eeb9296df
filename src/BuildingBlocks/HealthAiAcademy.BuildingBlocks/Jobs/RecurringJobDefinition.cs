using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.BuildingBlocks.Jobs;

/// <summary>A module's recurring job; the host registers every definition with Hangfire at start-up.</summary>
public sealed record RecurringJobDefinition(string Id, Action<IRecurringJobManager> Register);

public static class RecurringJobRegistration
{
    /// <summary>Ids are stable: renaming one leaves the old schedule behind in persistent storage.</summary>
    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string id, Action<IRecurringJobManager> register) =>
        services.AddSingleton(new RecurringJobDefinition(id, register));
}
