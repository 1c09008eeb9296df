using System.Text.Json;

namespace HealthAiAcademy.BuildingBlocks.Audit;

/// <summary>
/// One thing a member of staff did, kept in the acting module's own database and written by the action's own SaveChanges,
/// so neither exists without the other. Never updated or deleted (the module's context refuses both). People are named by
/// id only, so erasing an account leaves the trail intact and anonymous.
/// </summary>
public sealed class AuditEntry
{
    public const int NoteMaxLength = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private AuditEntry()
    {
    }

    internal AuditEntry(DateTime atUtc, Guid? actorId, string action, AuditSubject subject, IReadOnlyList<AuditChange> changes, string? note)
    {
        Id = Guid.NewGuid();
        AtUtc = atUtc;
        ActorId = actorId;
        Action = action;
        SubjectType = subject.Type;
        SubjectId = subject.Id;
        OfferingId = subject.OfferingId;
        PersonId = subject.PersonId;
        Changes = changes.Count == 0 ? null : JsonSerializer.Serialize(changes, Json);
        Note = note is { Length: > NoteMaxLength } ? note[..NoteMaxLength] : note;
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>Null when the system acted (a seed, a recurring job).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>What was done, as a stable code (<see cref="AuditActions"/>); pages translate it.</summary>
    public string Action { get; private set; } = string.Empty;

    public string SubjectType { get; private set; } = string.Empty;

    public Guid SubjectId { get; private set; }

    public Guid? OfferingId { get; private set; }

    /// <summary>The person the action was about (the participant approved, the user whose attendance changed).</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The fields that changed with their previous and new values, as JSON.</summary>
    public string? Changes { get; private set; }

    /// <summary>The reason or message the member of staff gave.</summary>
    public string? Note { get; private set; }

    public IReadOnlyList<AuditChange> ReadChanges() =>
        Changes is null ? [] : JsonSerializer.Deserialize<List<AuditChange>>(Changes, Json) ?? [];
}

/// <summary>What an action was done to: its kind and id, and where known the offering and the person it concerns.</summary>
public sealed record AuditSubject(string Type, Guid Id, Guid? OfferingId = null, Guid? PersonId = null);

/// <param name="Field">A stable code of the field (<c>Capacity</c>, <c>Status</c>); pages translate it.</param>
/// <param name="From">The value before, as invariant text; null when there was none.</param>
/// <param name="To">The value after.</param>
public sealed record AuditChange(string Field, string? From, string? To);
