using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>
/// The embedded default runs under a retrying execution strategy like SQL Server's EnableRetryOnFailure, so the rule
/// "every transaction inside the strategy" is proved here: a write that finds the file locked by another process is
/// tried again, and one that stays locked answers 503 with Retry-After instead of a 500.
/// </summary>
public sealed class ExecutionStrategyTests
{
    [Fact]
    public async Task A_transaction_begun_outside_the_execution_strategy_is_refused()
    {
        await using var factory = new AcademyFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Books.CountAsync());

        Assert.Contains("execution strategy", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_enrolment_that_finds_the_file_locked_by_another_process_is_retried_and_succeeds()
    {
        await using var factory = Host(maxRetryCount: 8);
        var offeringId = await OpenOfferingAsync(factory);

        HttpResponseMessage response;
        await using (var locker = await LockForWritingAsync(factory))
        {
            var enrol = Enrol(factory, offeringId);
            // Longer than one try waits for the lock: only a second try can succeed.
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            await locker.DisposeAsync();
            response = await enrol;
        }

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(
            db => db.Books.AsNoTracking().SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal(2, book.SeatsTaken);
    }

    [Fact]
    public async Task When_the_retries_are_exhausted_the_caller_gets_503_with_retry_after()
    {
        await using var factory = Host(maxRetryCount: 1);
        var offeringId = await OpenOfferingAsync(factory);

        HttpResponseMessage response;
        await using (await LockForWritingAsync(factory))
        {
            response = await Enrol(factory, offeringId);
        }

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The academy is busy.", problem.GetProperty("title").GetString());
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        var enrolled = await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Enrollments.CountAsync(e => e.OfferingId == offeringId));
        Assert.Equal(1, enrolled);
    }

    private static AcademyFactory Host(int maxRetryCount) => AcademyFactory.Create(null, new Dictionary<string, string?>
    {
        ["Database:MaxRetryCount"] = maxRetryCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Database:MaxRetryDelay"] = "00:00:00.200",
        ["Database:SqliteBusyTimeout"] = "00:00:01",
        ["Hangfire:ModuleRecurringJobs"] = "false",
    });

    /// <summary>A published open offering with its enrollment book already open (one participant enrolled).</summary>
    private static async Task<Guid> OpenOfferingAsync(AcademyFactory factory)
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["capacity"] = 10;
            body["enrollmentPolicy"] = "Open";
        });
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).StatusCode);
        var first = await Enrol(factory, offeringId);
        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        return offeringId;
    }

    private static Task<HttpResponseMessage> Enrol(AcademyFactory factory, Guid offeringId) =>
        factory.CreateClientForUser(Guid.NewGuid()).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { motivation = (string?)null });

    /// <summary>Another process's writer: holds the enrollment file's write lock until disposed (readers still read, WAL).</summary>
    private static async Task<SqliteConnection> LockForWritingAsync(AcademyFactory factory)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "enrollment.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
