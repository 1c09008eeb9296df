using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>
/// The one place a use case opens a transaction. The work runs inside the context's execution strategy (SQL Server's
/// retry on transient faults, SQLite's retry on a busy file), so a failed attempt is rolled back, the change tracker is
/// cleared and the work runs again from the start: it must load what it changes itself, inside the delegate.
/// When the retries are exhausted EF Core throws <see cref="Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException"/>,
/// which the host answers with 503 and Retry-After.
/// </summary>
public static class UnitOfWork
{
    /// <summary>Commits when <paramref name="work"/> ends in success; any other outcome, or an exception, rolls back.</summary>
    public static Task<Outcome<T>> InTransactionAsync<T>(
        this DbContext db, Func<CancellationToken, Task<Outcome<T>>> work, CancellationToken cancellationToken) =>
        InTransactionAsync(db, work, outcome => outcome.IsOk, cancellationToken);

    /// <summary>Always commits what <paramref name="work"/> saved unless it throws.</summary>
    public static Task InTransactionAsync(this DbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        InTransactionAsync(db, async token =>
        {
            await work(token);
            return true;
        }, _ => true, cancellationToken);

    public static async Task<TResult> InTransactionAsync<TResult>(
        this DbContext db, Func<CancellationToken, Task<TResult>> work, Func<TResult, bool> commitWhen, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var gate = (strategy as SqliteRetryingExecutionStrategy)?.WriteGate;
        var attempt = 0;
        return await strategy.ExecuteAsync(async token =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            using var held = gate is null ? null : await gate.EnterAsync(db.Database.GetConnectionString(), token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            if (commitWhen(result))
            {
                await transaction.CommitAsync(token);
            }

            return result;
        }, cancellationToken);
    }
}
