using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>Schedules outbox delivery once the transaction that wrote outbox messages has committed, never before.</summary>
internal sealed class OutboxDeliveryInterceptor(string moduleName, IOutboxDeliveryScheduler scheduler)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> contextsWithNewMessages = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ScheduleIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ScheduleIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Contexts are pooled and reused: work that was not saved must not leave its context marked for the next request.
    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Schedule(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Schedule(eventData.Context);
        return Task.CompletedTask;
    }

    private void Remember(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            contextsWithNewMessages.AddOrUpdate(context, new object());
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            contextsWithNewMessages.Remove(context);
        }
    }

    private void ScheduleIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Schedule(context);
        }
    }

    private void Schedule(DbContext? context)
    {
        if (context is null || !contextsWithNewMessages.Remove(context))
        {
            return;
        }

        try
        {
            scheduler.ScheduleDelivery(moduleName);
        }
        catch (Exception)
        {
            // The change is committed; the recurring outbox sweep delivers it if this request is lost.
        }
    }
}
