using System.Collections.Concurrent;

namespace HealthAiAcademy.Enrollment.Features.EnrolParticipant;

/// <summary>
/// Offerings whose enrollment book this host has seen open. Books are never deleted, so once seen, the enrol path skips
/// asking the database again: one query less per enrolment in a burst.
/// </summary>
internal sealed class OpenBooks
{
    private readonly ConcurrentDictionary<Guid, byte> known = new();

    public bool IsKnownOpen(Guid offeringId) => known.ContainsKey(offeringId);

    public void MarkOpen(Guid offeringId) => known.TryAdd(offeringId, 0);
}
