using System.Diagnostics;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;

namespace HealthAiAcademy.Benchmarks;

/// <summary>
/// What this machine can do at most, measured in the same run as the scenarios, so that each scenario's figure is read as
/// a share of its physical limit rather than against a fixed number.
/// </summary>
internal static class Limits
{
    public sealed record Rate(int Operations, double Seconds, int Workers)
    {
        public double PerSecond => Operations / Seconds;
    }

    /// <summary>
    /// Raw SQLite write transactions of the enrolment's shape (a conditional UPDATE of a seat counter plus an INSERT) through
    /// Microsoft.Data.Sqlite on a fresh file with the host's pragmas (WAL, synchronous=NORMAL, busy_timeout), 64 concurrent
    /// callers queued by the same write gate the host uses. No HTTP, no authentication, no EF Core: the floor under the burst.
    /// </summary>
    public static async Task<Rate> SqliteEnrolmentTransactionsAsync(string directory, int transactions = 5_000, int callers = 64)
    {
        Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "limit.db"), Pooling = true }.ToString();
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            await Execute(setup, null, """
                PRAGMA journal_mode=WAL;
                CREATE TABLE Books (OfferingId TEXT PRIMARY KEY, Capacity INTEGER NOT NULL, Taken INTEGER NOT NULL, Waitlisted INTEGER NOT NULL);
                CREATE TABLE Enrollments (Id TEXT PRIMARY KEY, OfferingId TEXT NOT NULL, UserId TEXT NOT NULL, Status TEXT NOT NULL, Position INTEGER, CreatedAtUtc TEXT NOT NULL);
                CREATE UNIQUE INDEX IX_Enrollments_Offering_User ON Enrollments (OfferingId, UserId);
                """);
            await Execute(setup, null, "INSERT INTO Books VALUES ('burst', 150, 0, 0);");
        }

        var gate = new SqliteWriteGate(TimeSpan.FromSeconds(30));
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < transactions)
            {
                using var held = await gate.EnterAsync(connectionString, CancellationToken.None);
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await Execute(connection, null, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                var seated = await Execute(connection, transaction, "UPDATE Books SET Taken = Taken + 1 WHERE OfferingId = 'burst' AND Taken < Capacity;") == 1;
                if (!seated)
                {
                    await Execute(connection, transaction, "UPDATE Books SET Waitlisted = Waitlisted + 1 WHERE OfferingId = 'burst';");
                }

                await Execute(connection, transaction,
                    $"INSERT INTO Enrollments VALUES ('{Guid.NewGuid()}', 'burst', '{Guid.NewGuid()}', '{(seated ? "Enrolled" : "Waitlisted")}', " +
                    $"{(seated ? "NULL" : "(SELECT Waitlisted FROM Books WHERE OfferingId = 'burst')")}, '{DateTime.UtcNow:O}');");
                await transaction.CommitAsync();
            }
        }));
        return new Rate(transactions, clock.Elapsed.TotalSeconds, callers);
    }

    /// <summary>PDFsharp rendering the micro-benchmark's certificate on every core at once: the ceiling for bulk issuing.</summary>
    public static Rate CertificateRendering(int certificates = 1_000)
    {
        var render = MicroBenchmarks.SampleRendering();
        render();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, certificates, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ => render());
        return new Rate(certificates, clock.Elapsed.TotalSeconds, Environment.ProcessorCount);
    }

    private static async Task<int> Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
