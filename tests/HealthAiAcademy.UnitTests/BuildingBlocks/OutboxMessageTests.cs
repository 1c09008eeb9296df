using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class OutboxMessageTests
{
    [Fact]
    public void An_event_survives_the_round_trip_through_the_outbox_with_its_id()
    {
        var published = new OfferingPublishedIntegrationEvent
        {
            OccurredAtUtc = new DateTime(2027, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            OfferingId = Guid.NewGuid(),
            Title = "Data Wise",
            Kind = OfferingKind.Minor,
            Capacity = 40,
            StartsAtUtc = new DateTime(2027, 2, 1, 8, 0, 0, DateTimeKind.Utc),
            EndsAtUtc = new DateTime(2027, 6, 30, 17, 0, 0, DateTimeKind.Utc),
        };

        var message = OutboxMessage.From(published);
        var restored = Assert.IsType<OfferingPublishedIntegrationEvent>(message.Deserialize());

        Assert.Equal(published.Id, message.Id);
        Assert.Equal("HealthAiAcademy.Courses.Contracts.OfferingPublishedIntegrationEvent, HealthAiAcademy.Courses.Contracts", message.Type);
        Assert.Equal(published, restored);
        Assert.Null(message.ProcessedAtUtc);
    }
}
