using System.Net;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Foundation;

public sealed class ParkedOutboxTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_message_that_failed_every_delivery_degrades_readiness_is_listed_for_administrators_and_is_delivered_again_on_request()
    {
        var message = OutboxMessage.From(new OfferingCancelledIntegrationEvent { OccurredAtUtc = DateTime.UtcNow, OfferingId = Guid.NewGuid(), Title = "Parked demo run" });
        for (var attempt = 0; attempt < OutboxDispatcher.MaxAttempts; attempt++)
        {
            message.MarkFailed("System.InvalidOperationException: the receiver was down\n   at somewhere");
        }

        await factory.WithScopeAsync<CoursesDbContext>(async db =>
        {
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
        });
        var admin = await factory.CreateCookieClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local");

        var degraded = await factory.CreateClient().GetAsync("/health/ready");
        var page = await admin.GetStringAsync("/admin/outbox");
        var forCoordinator = await coordinator.GetAsync("/admin/outbox");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(admin, "/admin/outbox");
        var retry = await admin.PostAsync($"/admin/outbox?handler=Retry&module=Courses&messageId={message.Id}", AccountPagesTests.Form(token, []));
        await Eventually.TrueAsync(async () => await factory.WithScopeAsync<CoursesDbContext, bool>(async db =>
                (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id)).ProcessedAtUtc is not null),
            () => $"the message was delivered again; jobs: {factory.JobStatistics()}");
        var ready = await factory.CreateClient().GetStringAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        Assert.Equal("Degraded", await degraded.Content.ReadAsStringAsync());
        Assert.Contains("OfferingCancelledIntegrationEvent", page);
        Assert.Contains("the receiver was down", page);
        Assert.Contains("/account/access-denied", forCoordinator.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("Healthy", ready);
    }
}
