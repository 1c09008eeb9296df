using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>
/// Queues this host's writers to one SQLite file in order before they ask SQLite for its single write lock. Without it, writers
/// that find the lock taken sleep in SQLite's busy handler and wake late, leaving the lock idle (docs/adr/0009,
/// docs/performance.md). One per host (a singleton), not per process: two hosts in one process, as in the tests, are two
/// writers like two processes are, and SQLite's busy timeout orders them. SQL Server, which locks rows, never enters it.
/// </summary>
public sealed class SqliteWriteGate(TimeSpan waitLimit)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    /// <summary>A writer that waits longer than <c>waitLimit</c> gets SQLITE_BUSY, which the execution strategy retries.</summary>
    public async Task<IDisposable> EnterAsync(string? connectionString, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(connectionString ?? string.Empty, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(waitLimit, cancellationToken))
        {
            throw new SqliteException("Waited too long for this host's other writers to the same SQLite file.", 5, 5);
        }

        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
