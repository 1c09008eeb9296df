using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>
/// SQLite's counterpart of SQL Server's <c>EnableRetryOnFailure</c>: retries when the file is busy or locked by another
/// process (SQLITE_BUSY, SQLITE_LOCKED) with exponential back-off. Because it retries, EF Core refuses a transaction begun
/// outside <see cref="UnitOfWork"/> on the embedded default exactly as it does on SQL Server, so the test suite proves the
/// rule for both engines (docs/adr/0010). It also carries the host's <see cref="SqliteWriteGate"/>, which only write units of work enter.
/// </summary>
internal sealed class SqliteRetryingExecutionStrategy(
    ExecutionStrategyDependencies dependencies, SqliteWriteGate writeGate, int maxRetryCount, TimeSpan maxRetryDelay)
    : ExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public SqliteWriteGate WriteGate => writeGate;

    protected override bool ShouldRetryOn(Exception exception) => IsBusy(exception);

    /// <summary>True for SQLITE_BUSY and SQLITE_LOCKED, including their extended codes (for example SQLITE_BUSY_SNAPSHOT).</summary>
    public static bool IsBusy(Exception exception) =>
        exception is SqliteException sqlite && (sqlite.SqliteExtendedErrorCode & 0xFF) is SqliteBusy or SqliteLocked;
}
