using System.Text.Json;
using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>An integration event stored in the publishing module's database in the same transaction as the change that caused it.</summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    public DateTime OccurredAtUtc { get; private set; }

    public DateTime? ProcessedAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = TypeName(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, SerializerOptions),
            OccurredAtUtc = integrationEvent.OccurredAtUtc,
        };
    }

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    internal IntegrationEvent Deserialize()
    {
        var type = System.Type.GetType(Type, throwOnError: true)!;
        return (IntegrationEvent)JsonSerializer.Deserialize(Payload, type, SerializerOptions)!;
    }

    internal void MarkProcessed(DateTime nowUtc)
    {
        ProcessedAtUtc = nowUtc;
        LastError = null;
    }

    /// <summary>Failed its last allowed delivery: it waits for an administrator (<see cref="ParkedOutboxMessages"/>).</summary>
    public bool IsParked => ProcessedAtUtc is null && Attempts >= OutboxDispatcher.MaxAttempts;

    /// <summary>An administrator asks for another round of deliveries (after fixing what made them fail).</summary>
    internal void Unpark() => Attempts = 0;

    internal void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }
}
