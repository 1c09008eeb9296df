using System.Net;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Enrollment;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>An offering published in Courses reaches Enrollment through the outbox and Hangfire, exactly once.</summary>
public sealed class OutboxDeliveryTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Publishing_opens_the_enrollment_book_through_the_outbox()
    {
        var offeringId = await CreateDraftAsync(factory);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        var published = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        await Eventually.TrueAsync(() => BookExistsAsync(factory, offeringId), () => $"Enrollment opened the book; jobs: {factory.JobStatistics()}");
        await Eventually.TrueAsync(() => OutboxProcessedAsync(factory, offeringId), "Courses marked the message delivered");
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(db => db.Books.SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal(25, book.Capacity);
        Assert.Equal(OfferingKind.InspirationSession, book.Kind);
    }

    [Fact]
    public async Task Publishing_twice_is_a_409_conflict()
    {
        var offeringId = await CreateDraftAsync(factory);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var second = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);

        var problem = await second.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("cannot go from Published to Published", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_message_delivered_again_and_in_parallel_is_handled_once()
    {
        var offeringId = await CreateDraftAsync(factory);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        await Eventually.TrueAsync(() => OutboxProcessedAsync(factory, offeringId), () => $"the first delivery finished; jobs: {factory.JobStatistics()}");

        // Redeliver: mark the message undelivered, then run the dispatcher three times at once, as retries and a sweep might.
        await factory.WithScopeAsync<CoursesDbContext>(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE OutboxMessages SET ProcessedAtUtc = NULL WHERE Payload LIKE {0}", $"%{offeringId}%"));
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var message = await factory.WithScopeAsync<CoursesDbContext, OutboxMessage>(db =>
            db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Payload.Contains(offeringId.ToString())));
        await Task.WhenAll(
            dispatcher.DeliverAsync("Courses", CancellationToken.None),
            dispatcher.PublishAsync(message.Deserialize(), CancellationToken.None),
            dispatcher.PublishAsync(message.Deserialize(), CancellationToken.None));

        var books = await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Books.CountAsync(b => b.OfferingId == offeringId));
        var inbox = await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.InboxMessages.CountAsync(m => m.MessageId == message.Id));
        Assert.Equal(1, books);
        Assert.Equal(1, inbox);
        Assert.True(await OutboxProcessedAsync(factory, offeringId));
    }

    [Fact]
    public async Task A_message_committed_just_before_the_process_stopped_is_delivered_after_restart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "academy-tests", Guid.NewGuid().ToString("N"));
        Guid offeringId;
        try
        {
            // First process: commits the change and its outbox message, but stops before any job runs.
            await using (var stopped = AcademyFactory.Create(dataDirectory, new Dictionary<string, string?> { ["Hangfire:ServerEnabled"] = "false" }))
            {
                offeringId = await CreateDraftAsync(stopped);
                var coordinator = await stopped.CreateClientForAsync("coordinator@demo.local");
                var published = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
                Assert.Equal(HttpStatusCode.OK, published.StatusCode);
                await Task.Delay(500);
                Assert.False(await BookExistsAsync(stopped, offeringId));
            }

            // Second process on the same files: the start-up sweep delivers what was left behind.
            await using var restarted = AcademyFactory.Create(dataDirectory, null);
            _ = restarted.Services;
            await Eventually.TrueAsync(() => BookExistsAsync(restarted, offeringId), () => $"the restarted host delivered the message; jobs: {restarted.JobStatistics()}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            AcademyFactory.TryDelete(dataDirectory);
        }
    }

    internal static async Task<Guid> CreateDraftAsync(AcademyFactory host)
    {
        var id = Guid.NewGuid();
        await host.WithScopeAsync<CoursesDbContext>(async db =>
        {
            var course = new Course(Guid.NewGuid(), "T" + id.ToString("N")[..8], "Inspiration: AI for managers", "Test course", "en", 2);
            db.Courses.Add(course);
            db.Offerings.Add(new Offering(id, course, OfferingKind.InspirationSession, "2027", DateTime.UtcNow.AddDays(30), DateTime.UtcNow.AddDays(30).AddHours(2), capacity: 25));
            await db.SaveChangesAsync();
        });
        return id;
    }

    private static async Task<bool> BookExistsAsync(AcademyFactory host, Guid offeringId)
    {
        var exists = await host.WithScopeAsync<EnrollmentDbContext, bool>(db => db.Books.AnyAsync(b => b.OfferingId == offeringId));
        var error = exists ? null : await host.WithScopeAsync<CoursesDbContext, string?>(db =>
            db.OutboxMessages.Where(m => m.Payload.Contains(offeringId.ToString())).Select(m => m.LastError).FirstOrDefaultAsync());
        Assert.True(error is null, $"delivery failed: {error}");
        return exists;
    }

    private static Task<bool> OutboxProcessedAsync(AcademyFactory host, Guid offeringId) =>
        host.WithScopeAsync<CoursesDbContext, bool>(db =>
            db.OutboxMessages.AnyAsync(m => m.Payload.Contains(offeringId.ToString()) && m.ProcessedAtUtc != null));
}
