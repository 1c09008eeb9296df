using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Events;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>
/// A handler that applies an event at most once: the inbox row and the handler's changes commit together,
/// so a second delivery (retry, sweep, parallel dispatcher) finds the row and does nothing.
/// </summary>
public abstract class InboxIntegrationEventHandler<TEvent, TContext>(TContext context, TimeProvider clock)
    : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    protected TContext Context => context;

    protected TimeProvider Clock => clock;

    private string HandlerName => GetType().FullName!;

    public async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await AlreadyHandledAsync(integrationEvent.Id, cancellationToken))
        {
            return;
        }

        try
        {
            // One transaction: the handler's changes (tracked or bulk updates) and the inbox row commit together.
            await context.InTransactionAsync(async token =>
            {
                await ApplyAsync(integrationEvent, token);
                context.InboxMessages.Add(new InboxMessage(integrationEvent.Id, HandlerName, clock.GetUtcNow().UtcDateTime));
                await context.SaveChangesAsync(token);
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueKeyViolation())
        {
            context.ChangeTracker.Clear();
            if (!await AlreadyHandledAsync(integrationEvent.Id, cancellationToken))
            {
                throw;
            }

            // A parallel delivery of the same message won the race; its changes stand and ours are discarded.
        }
    }

    /// <summary>Makes the changes in <see cref="Context"/> without saving them.</summary>
    protected abstract Task ApplyAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    private Task<bool> AlreadyHandledAsync(Guid messageId, CancellationToken cancellationToken) =>
        context.InboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Handler == HandlerName, cancellationToken);
}
