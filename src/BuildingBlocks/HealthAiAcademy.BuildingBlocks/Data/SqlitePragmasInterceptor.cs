using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>
/// Two settings on every SQLite connection, both found by the enrollment-burst benchmark (docs/performance.md):
/// synchronous=NORMAL, so in WAL mode a commit no longer waits for an fsync of the log (the database cannot be corrupted this way;
/// a power cut can lose the last commits, which the embedded default accepts – production runs on SQL Server); and busy_timeout,
/// so a writer waiting for the write lock is woken by SQLite within milliseconds instead of the driver's coarse retry sleep.
/// </summary>
internal sealed class SqlitePragmasInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={(long)busyTimeout.TotalMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
