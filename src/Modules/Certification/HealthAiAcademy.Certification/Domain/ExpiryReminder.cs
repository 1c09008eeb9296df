using HealthAiAcademy.BuildingBlocks.Delivery;

namespace HealthAiAcademy.Certification.Domain;

/// <summary>A recertification reminder, claimed before it is sent: (certificate, days before expiry) is unique, so it goes out once.</summary>
internal sealed class ExpiryReminder : ISendClaim
{
    private ExpiryReminder()
    {
    }

    public ExpiryReminder(Guid certificateId, int daysBefore, DateTime claimedAtUtc)
    {
        CertificateId = certificateId;
        DaysBefore = daysBefore;
        ClaimedAtUtc = claimedAtUtc;
    }

    public Guid CertificateId { get; private set; }

    public int DaysBefore { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public void Reclaim(DateTime nowUtc) => ClaimedAtUtc = nowUtc;

    public void MarkSent(DateTime nowUtc) => SentAtUtc = nowUtc;
}
