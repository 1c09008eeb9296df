using System.Reflection;
using Hangfire;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>
/// Hangfire job that delivers outbox messages to every in-process handler. Safe to run twice or in parallel:
/// handlers are idempotent through their inbox. Job name and method signatures are stable: scheduled jobs refer to them.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    TimeProvider clock,
    OutboxDeliveryLocks locks,
    IBackgroundJobClient jobs,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 100;

    /// <summary>After this many failed deliveries a message waits for an operator (its last error is stored).</summary>
    public const int MaxAttempts = 20;

    public const string SweepJobId = "outbox-sweep";

    /// <summary>A failed delivery is tried again this soon, rather than waiting for the next sweep.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    [AutomaticRetry(Attempts = 0)]
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases.Where(d => d.HasOutbox))
        {
            await DeliverAsync(database.Name, cancellationToken);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task DeliverAsync(string moduleName, CancellationToken cancellationToken)
    {
        var database = databases.Single(d => d.Name == moduleName && d.HasOutbox);
        var moduleLock = locks.For(moduleName);
        await moduleLock.WaitAsync(cancellationToken);
        bool allDelivered;
        try
        {
            allDelivered = await DeliverBatchesAsync(database, cancellationToken);
        }
        finally
        {
            moduleLock.Release();
        }

        if (!allDelivered)
        {
            jobs.Schedule<OutboxDispatcher>(dispatcher => dispatcher.DeliverAsync(moduleName, CancellationToken.None), RetryDelay);
        }
    }

    /// <returns>False when a message failed and is left for a retry.</returns>
    private async Task<bool> DeliverBatchesAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        var moduleName = database.Name;
        bool mayHaveMore;
        bool allDelivered;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var batch = await ((IOutboxContext)context).OutboxMessages
                .Where(m => m.ProcessedAtUtc == null && m.Attempts < MaxAttempts)
                .OrderBy(m => m.OccurredAtUtc)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);

            allDelivered = true;
            foreach (var message in batch)
            {
                try
                {
                    await PublishAsync(message.Deserialize(), cancellationToken);
                    message.MarkProcessed(clock.GetUtcNow().UtcDateTime);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    allDelivered = false;
                    message.MarkFailed(exception.ToString());
                    logger.LogError(exception, "Delivering outbox message {MessageId} ({Type}) of {Module} failed", message.Id, message.Type, moduleName);
                }

                await context.SaveChangesAsync(cancellationToken);
            }

            mayHaveMore = batch.Count == BatchSize && allDelivered;
        }
        while (mayHaveMore);
        return allDelivered;
    }

    /// <summary>Each handler runs in its own scope, so one module's failure leaves another's unit of work untouched.</summary>
    internal async Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(integrationEvent.GetType());
        var handle = handlerType.GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.HandleAsync))!;

        int handlerCount;
        await using (var countScope = scopes.CreateAsyncScope())
        {
            handlerCount = countScope.ServiceProvider.GetServices(handlerType).Count();
        }

        for (var index = 0; index < handlerCount; index++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(index)!;
            try
            {
                await (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerException);
            }
        }
    }
}
