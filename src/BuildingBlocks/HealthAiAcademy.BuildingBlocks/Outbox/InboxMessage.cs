namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>Records that a handler has handled a message, so a second delivery changes nothing.</summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string handler, DateTime handledAtUtc)
    {
        MessageId = messageId;
        Handler = handler;
        HandledAtUtc = handledAtUtc;
    }

    public Guid MessageId { get; private set; }

    public string Handler { get; private set; } = string.Empty;

    public DateTime HandledAtUtc { get; private set; }
}
