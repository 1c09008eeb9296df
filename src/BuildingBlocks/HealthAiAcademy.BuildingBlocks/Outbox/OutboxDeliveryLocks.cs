using System.Collections.Concurrent;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>
/// One delivery per module at a time in this host, so parallel jobs do not race over the same messages;
/// other hosts are kept safe by the receivers' inboxes. Per host, not static: hosts in one process never wait on each other.
/// </summary>
public sealed class OutboxDeliveryLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string moduleName) => locks.GetOrAdd(moduleName, _ => new SemaphoreSlim(1, 1));
}
