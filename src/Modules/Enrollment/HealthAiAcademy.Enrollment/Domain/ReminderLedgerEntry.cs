using HealthAiAcademy.BuildingBlocks.Delivery;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>
/// One reminder, claimed before it is sent. The key (recipient, kind, subject, due time) is unique, so a rerun, a retry or a
/// parallel sweep cannot claim it again; a claim left unsent by a crash is picked up again after a while.
/// </summary>
internal sealed class ReminderLedgerEntry : ISendClaim
{
    private ReminderLedgerEntry()
    {
    }

    public ReminderLedgerEntry(Guid userId, ReminderKind kind, Guid subjectId, DateTime dueAtUtc, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Kind = kind;
        SubjectId = subjectId;
        DueAtUtc = dueAtUtc;
        Key = KeyOf(userId, kind, subjectId, dueAtUtc);
        ClaimedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = string.Empty;

    public Guid UserId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public Guid SubjectId { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public static string KeyOf(Guid userId, ReminderKind kind, Guid subjectId, DateTime dueAtUtc) =>
        $"{userId:N}|{kind}|{subjectId:N}|{dueAtUtc:yyyyMMddTHHmmss}";

    public void Reclaim(DateTime nowUtc)
    {
        ClaimedAtUtc = nowUtc;
        Attempts++;
    }

    public void MarkSent(DateTime nowUtc) => SentAtUtc = nowUtc;
}
