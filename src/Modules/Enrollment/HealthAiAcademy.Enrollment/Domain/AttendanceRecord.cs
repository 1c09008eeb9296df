using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>Whether one participant attended one session; one record per enrollment and session, corrected in place.</summary>
internal sealed class AttendanceRecord
{
    private AttendanceRecord()
    {
    }

    public AttendanceRecord(Guid enrollmentId, Guid offeringId, Guid sessionId, AttendanceStatus status, Guid recordedBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        EnrollmentId = enrollmentId;
        OfferingId = offeringId;
        SessionId = sessionId;
        Record(status, recordedBy, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid EnrollmentId { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid SessionId { get; private set; }

    public AttendanceStatus Status { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public void Record(AttendanceStatus status, Guid recordedBy, DateTime nowUtc)
    {
        Status = status;
        RecordedBy = recordedBy;
        RecordedAtUtc = nowUtc;
    }
}
