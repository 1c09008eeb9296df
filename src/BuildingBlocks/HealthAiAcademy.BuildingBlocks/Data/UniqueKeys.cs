using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>
/// Parallel requests that insert the same thing (two deliveries of one event, a double click, two sweeps) are told apart by
/// unique indexes: the first insert wins and the others learn it from the duplicate-key error. Only that error is expected;
/// any other failure (a foreign key, a value too long, a lost connection) is a fault and propagates.
/// </summary>
public static class UniqueKeys
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public static bool IsUniqueKeyViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
        _ => false,
    };

    /// <summary>
    /// Saves the tracked changes; false when a unique key shows that a parallel request saved the same row first. The change
    /// tracker is then cleared, so the caller can read the winner's row.
    /// </summary>
    public static async Task<bool> SaveUnlessDuplicateAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueKeyViolation())
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
