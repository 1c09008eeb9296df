using Hangfire;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <param name="Type">The event's class name, without its namespace and assembly.</param>
/// <param name="LastError">The first line of the last failure.</param>
public sealed record ParkedMessage(string Module, Guid Id, string Type, DateTime OccurredAtUtc, int Attempts, string? LastError);

/// <summary>Outbox messages that failed every delivery, across the modules' databases, for administrators to see and retry.</summary>
public sealed class ParkedOutboxMessages(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<IReadOnlyList<ParkedMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var parked = new List<ParkedMessage>();
        foreach (var database in databases.Where(d => d.HasOutbox))
        {
            await using var scope = scopes.CreateAsyncScope();
            var messages = await Parked(Context(scope, database)).AsNoTracking().OrderBy(m => m.OccurredAtUtc).Take(200).ToListAsync(cancellationToken);
            parked.AddRange(messages.Select(m => new ParkedMessage(
                database.Name, m.Id, m.Type.Split(',')[0].Split('.')[^1], m.OccurredAtUtc, m.Attempts, m.LastError?.Split('\n')[0].Trim())));
        }

        return [.. parked.OrderBy(m => m.OccurredAtUtc)];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var database in databases.Where(d => d.HasOutbox))
        {
            await using var scope = scopes.CreateAsyncScope();
            count += await Parked(Context(scope, database)).CountAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>Gives the message another round of deliveries, starting now; the module's audit trail records who asked.</summary>
    /// <returns>False when no such parked message exists (delivered meanwhile, or unknown).</returns>
    public async Task<bool> RetryAsync(string module, Guid messageId, Guid? administratorId, CancellationToken cancellationToken)
    {
        if (databases.SingleOrDefault(d => d.Name == module && d.HasOutbox) is not { } database)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = Context(scope, database);
        var message = await Parked(context).SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.Unpark();
        if (context is ModuleDbContext withTrail)
        {
            StaffAudit.RecordBy(withTrail, administratorId, clock.GetUtcNow().UtcDateTime, AuditActions.EventDeliveredAgain,
                new AuditSubject("OutboxMessage", message.Id), message.Type.Split(',')[0].Split('.')[^1]);
        }

        await ((DbContext)context).SaveChangesAsync(cancellationToken);
        jobs.Enqueue<OutboxDispatcher>(dispatcher => dispatcher.DeliverAsync(module, CancellationToken.None));
        return true;
    }

    private static IOutboxContext Context(AsyncServiceScope scope, ModuleDatabase database) =>
        (IOutboxContext)scope.ServiceProvider.GetRequiredService(database.ContextType);

    private static IQueryable<OutboxMessage> Parked(IOutboxContext context) =>
        context.OutboxMessages.Where(m => m.ProcessedAtUtc == null && m.Attempts >= OutboxDispatcher.MaxAttempts);
}

/// <summary>Ready, but degraded while any outbox message is parked: events some module never received.</summary>
public sealed class ParkedOutboxHealthCheck(ParkedOutboxMessages parked) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await parked.CountAsync(cancellationToken) is var count and > 0
            ? HealthCheckResult.Degraded($"{count} outbox message(s) failed every delivery; see /admin/outbox.")
            : HealthCheckResult.Healthy();
}
